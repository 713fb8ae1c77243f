npx ehtrig deploy --to lab --dry-run     # what would change, field by field
npx ehtrig deploy --to lab               # do it
npx ehtrig deploy --to lab --prune       # and delete managed triggers that left the project
