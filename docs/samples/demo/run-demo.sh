npm run demo               # the loop, step by step, then the table
npm run demo -- --json     # the final state as one JSON object
