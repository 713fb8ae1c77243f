npm install --save-dev ehtrig vitest
npx ehtrig init     # ehtrig.config.json, tsconfig.json, vitest.config.mts, scripts, a starter trigger
npm run build       # compiles triggers/ into dist/
npm test            # builds, then runs the trigger tests (ehtrig test)
npx ehtrig new http-alert --event HTTP_RESPONSE   # another trigger and its test
npm test
