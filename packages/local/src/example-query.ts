/** The query printed at start-up and shown in the README: a union → its people → their events. */
export const EXAMPLE_QUERY = `{
  organizationByName(name: "佛山市总工会") {
    name
    kind
    place { name code }
    people(first: 5) {
      edges {
        title
        node { name events(first: 3) { edges { part node { title date } } } }
      }
    }
    childUnions(first: 5) { edges { node { name } } }
  }
}`;
