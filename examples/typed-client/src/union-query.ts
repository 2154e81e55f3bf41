import { graphql } from './gql/index.ts';

/** A union, its place and its leading people: a typed document (codegen writes its types into ./gql). */
export const UnionQuery = graphql(`
  query Union($name: String!) {
    organizationByName(name: $name) {
      name
      kind
      place {
        name
        code
      }
      people(first: 5) {
        edges {
          title
          node {
            name
          }
        }
      }
    }
  }
`);
