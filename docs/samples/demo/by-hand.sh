# terminal 3, in the project folder
export EHTRIG_API_KEY="$(cat .ehtrig/sim/api-key)"
SIM="--host 127.0.0.1:8443 --ca .ehtrig/sim/ca.pem"
API="https://127.0.0.1:8443"
CURL=(curl -sS --fail-with-body --cacert .ehtrig/sim/ca.pem -H "Content-Type: application/json"
      -H "Authorization: ExtraHop apikey=$EHTRIG_API_KEY")

# 1. Deploy the triggers and turn ticket tracking on (the same commands as for a real appliance)
npx ehtrig deploy $SIM
npx ehtrig tickets settings $SIM --enable --url-template 'http://127.0.0.1:8080/browse/$ticket_id'

# 2. The ODS target "ticket-server" (simulator-only route; on an appliance: Administration > Open Data Streams)
"${CURL[@]}" -X PUT "$API/ehtrig/odstargets" \
  -d '[{ "name": "ticket-server", "type": "http", "host": "127.0.0.1", "port": 8080, "protocol": "http" }]'

# 3. A detection appears (simulator-only route; on an appliance the sensor raises it)
"${CURL[@]}" -X POST "$API/ehtrig/detections" \
  -d '{ "title": "DNS Tunnel", "type": "dns_tunnel", "categories": ["sec", "sec.command"], "risk_score": 68,
        "participants": [{ "object_type": "ipaddr", "object_value": "198.51.100.9", "role": "victim" }] }'
"${CURL[@]}" -X POST "$API/ehtrig/settle"   # wait for the ODS requests

# 4. The trigger opened SEC-1; write its id back onto the detection
npx ehtrig ticket-server list
npx ehtrig ticket-server export --out tickets.json
npx ehtrig tickets sync tickets.json $SIM

# 5. Work the ticket, sync again, and read the trigger's debug log
npx ehtrig ticket-server assign SEC-1 alice
npx ehtrig ticket-server move SEC-1 done --resolution "won't do"
npx ehtrig ticket-server export --form ui --out tickets.json
npx ehtrig tickets sync tickets.json $SIM
npx ehtrig sim logs ticket-tracking $SIM
