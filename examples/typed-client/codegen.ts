import type { CodegenConfig } from '@graphql-codegen/cli';

/** graphql-codegen's client preset: typed documents for every `graphql(…)` call in src/, from the committed schema. */
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  generates: {
    './src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
