/**
 * A fresh self-signed certificate for 127.0.0.1 / localhost at every start. It is its own CA:
 * clients trust it by passing the PEM as `ca` (ehtrig's --ca), never by turning verification off.
 */
import { generate } from "selfsigned";

export interface SimCertificate {
  key: string;
  cert: string;
}

export async function generateCertificate(): Promise<SimCertificate> {
  const pems = await generate([{ name: "commonName", value: "ehtrig simulated appliance" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
