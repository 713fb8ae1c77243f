npx ehtrig sim --port 8443 --detections 0          # terminal 1: the appliance, HTTPS on 127.0.0.1:8443
npx ehtrig ticket-server start --port 8080         # terminal 2: the ticket server, HTTP on 127.0.0.1:8080
