npx ehtrig tickets settings --to prod                      # show
npx ehtrig tickets settings --to prod --enable --url-template 'https://jira.example.com/browse/$ticket_id'
npx ehtrig tickets settings --to prod --disable
