/**
 * Example queries GraphiQL opens with: each runs as is against the sample reports
 * (select one with the ▶ menu).
 */
export const DEFAULT_QUERY = `# reportgraph — a linked graph of trade-union report pages.
# Every response carries extensions.cost (DynamoDB requests and capacity used).

# Who holds which role at a union, the events they took part in, and where it was read.
query UnionPeople {
  organizationByName(name: "佛山市总工会") {
    id
    name
    kind
    place { code name }
    childUnions { edges { node { name } } }
    people(first: 10) {
      edges {
        title
        role
        node {
          name
          events(first: 5) { edges { part node { title date type } } }
        }
      }
    }
    mentions(first: 3) { edges { sentence node { title } } }
  }
}

# Unions in 佛山市 (440600) and everything beneath it, e.g. 南海区 (440605).
query UnionsInFoshan {
  organizations(placeCode: "440600", kind: UNION, first: 10) {
    edges { cursor node { name placeCode parentUnion { name } } }
    pageInfo { hasNextPage endCursor }
  }
}

# Meetings in October 2025 with organizers and participants.
query OctoberMeetings {
  events(from: "2025-10-01", to: "2025-10-31", type: MEETING, first: 10) {
    edges {
      node {
        title
        date
        location
        organizers { edges { node { name } } }
        participants { edges { part node { name roles } } }
      }
    }
  }
}

# Figures about 佛山市 and what they measure.
query FoshanMetrics {
  metrics(placeCode: "440600", first: 10) {
    edges { node { subject value unit text isTarget scope { ... on Place { name } ... on Organization { name } } } }
  }
}

# Ranked, tolerant search: names, aliases, 佛山总工会 (市 left out), 全总, 灿, 4406, foshan.
query Search {
  search(query: "佛山总工会", first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id match matched mentions node { __typename ... on Organization { name kind } ... on Person { name roles } ... on Place { name code } } } }
  }
}

# Uploaded files and what each contributed.
query Documents {
  documents(status: DONE, first: 10) {
    edges { node { key status extractorVersion counts { articles organizations people events metrics } } }
  }
}
`;
