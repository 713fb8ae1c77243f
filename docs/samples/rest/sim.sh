npx ehtrig sim --port 8443 --dir .ehtrig/sim --detections 100 --request-log requests.jsonl \
  --faults rate=0.1,kinds=503+429+reset+slow,slowMs=200,retryAfter=0,seed=1
