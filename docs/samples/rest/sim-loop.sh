npx ehtrig sim --port 8443 --targets sim-targets.json
npx ehtrig deploy --host 127.0.0.1:8443 --ca .ehtrig/sim/ca.pem --api-key-file .ehtrig/sim/api-key
curl -sf --cacert .ehtrig/sim/ca.pem -H "Authorization: ExtraHop apikey=$(cat .ehtrig/sim/api-key)" \
  -H "Content-Type: application/json" -d '{"title": "Rare SSH Port", "type": "rare_ssh_port", "risk_score": 85}' \
  https://127.0.0.1:8443/ehtrig/detections
curl -sf --cacert .ehtrig/sim/ca.pem -H "Authorization: ExtraHop apikey=$(cat .ehtrig/sim/api-key)" \
  -X POST https://127.0.0.1:8443/ehtrig/settle
npx ehtrig sim logs "Ticket tracking: open Jira issues for detections"
