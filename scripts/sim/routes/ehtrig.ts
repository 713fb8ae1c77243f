/**
 * Simulator-only routes under /ehtrig/ (same API-key auth; never on a real appliance), the REST
 * face of runtime/api.ts:
 *
 *   POST  /ehtrig/detections                 a new detection → 201 (runs DETECTION_UPDATE, isEventCreate)
 *   PATCH /ehtrig/detections/{id}            change its own fields → 200 (runs DETECTION_UPDATE)
 *   GET   /ehtrig/odstargets                 the Open Data Stream targets
 *   PUT   /ehtrig/odstargets                 replace them → 200
 *   GET   /ehtrig/triggers/{idOrName}/log    the trigger's debug log
 *   POST  /ehtrig/settle                     answers 204 once every ODS delivery has finished
 */
import { EhtrigError } from "../../../build/diagnostics.ts";
import { reply, type Route, type SimReply } from "../route.ts";
import { SimRequestError, type ApplianceApi } from "../runtime/api.ts";

/** Runs an operation; a refusal becomes its status with every message, as the appliance words errors. */
function answer(status: number, run: () => unknown): SimReply {
  try {
    return reply(status, run());
  } catch (err) {
    if (!(err instanceof EhtrigError)) throw err;
    return reply(err instanceof SimRequestError ? err.status : 400, {
      error_message: err.diagnostics.map((d) => d.message).join("; "),
      codes: err.diagnostics.map((d) => d.code),
    });
  }
}

export function ehtrigRoutes(api: ApplianceApi): Route[] {
  return [
    {
      method: "POST",
      pattern: /^\/ehtrig\/detections$/,
      handle: (req) => answer(201, () => api.createDetection(req.body as Record<string, unknown>)),
    },
    {
      method: "PATCH",
      pattern: /^\/ehtrig\/detections\/(\d+)$/,
      handle: (req) =>
        answer(200, () => api.updateDetection(Number(req.params[0]), req.body as Record<string, unknown>)),
    },
    {
      method: "GET",
      pattern: /^\/ehtrig\/odstargets$/,
      handle: () => reply(200, api.odsTargets()),
    },
    {
      method: "PUT",
      pattern: /^\/ehtrig\/odstargets$/,
      handle: (req) => answer(200, () => api.setOdsTargets(req.body)),
    },
    {
      method: "GET",
      pattern: /^\/ehtrig\/triggers\/([^/]+)\/log$/,
      handle: (req) => answer(200, () => api.triggerLog(decodeURIComponent(req.params[0]!))),
    },
    {
      method: "POST",
      pattern: /^\/ehtrig\/settle$/,
      handle: async () => {
        await api.settle();
        return reply(204);
      },
    },
  ];
}
