pnpm install
pnpm build:elements   # writes packages/elements/dist/evident.js
