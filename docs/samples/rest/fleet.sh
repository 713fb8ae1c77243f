npx ehtrig deploy --to east west          # two named appliances
npx ehtrig deploy --to sensors --dry-run  # a group from the config
