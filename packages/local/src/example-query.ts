/** The query printed at start-up and shown in the README: organization → people → events. */
export const EXAMPLE_QUERY = `{
  organizations(first: 3, placeCode: "440600") {
    edges {
      node {
        name
        kind
        people(first: 5) { edges { title node { name } } }
        events(first: 3) { edges { node { title date } } }
      }
    }
  }
}`;
