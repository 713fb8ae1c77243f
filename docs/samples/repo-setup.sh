npm install && npm run build   # builds the example triggers into dist/
npm test                       # runs the test suite (builds first)
