npx ehtrig pull "HTTP errors" --to lab   # one trigger, by its name on the appliance
npx ehtrig pull --all --to lab           # every trigger whose author is the project's author
