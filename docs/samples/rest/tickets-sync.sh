npx ehtrig tickets sync closed-tickets.csv --to prod            # send
npx ehtrig tickets sync closed-tickets.csv --dry-run            # validate and show the requests only
npx ehtrig tickets sync updates.jsonl --to lab --concurrency 16 --json
