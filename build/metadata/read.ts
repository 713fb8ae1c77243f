/**
 * Reads a trigger's metadata statically: finds `export const trigger = { … }` in the source,
 * turns the literal into data and validates it. Trigger code is never evaluated at build time.
 */
import { babelParser } from "../babel.ts";
import type * as t from "@babel/types";
import { diagnostic, hasErrors, type Diagnostic, type Location } from "../diagnostics.ts";
import { isEventName, EVENT_SPELLINGS } from "../engine/events.ts";
import { didYouMean } from "../engine/suggest-event.ts";
import { pointerToPath, validate } from "../schema.ts";
import { literalValue, NotLiteral, unwrap, type Json } from "./literal.ts";
import { configPrefixEnd, nextStartsStatement } from "./config-prefix.ts";
import schema from "./trigger-config.schema.json" with { type: "json" };

export interface TriggerMetadata {
  name: string;
  events: string[];
  description: string;
  debug: boolean;
  disabled: boolean;
  hints: Record<string, Json>;
}

export interface MetadataResult {
  metadata?: TriggerMetadata;
  /** Character range of the `export const trigger = …;` statement, blanked before bundling. */
  range?: [number, number];
  diagnostics: Diagnostic[];
}

export const CONFIG_EXPORT = "trigger";

/** Babel's message for a top-level return, which legacy trigger scripts use and modules forbid. */
const TOP_LEVEL_RETURN = /'return' outside of function/;

/**
 * @param whole parse the whole file even when the config can be read from the lines up to it
 *   (configPrefix): what the tests compare that quicker reading with
 */
export function readMetadata(source: string, file: string, trigger: string, whole = false): MetadataResult {
  const at = (node: t.Node | null | undefined): Location => ({
    file,
    line: node?.loc?.start.line ?? 1,
    column: (node?.loc?.start.column ?? 0) + 1,
  });
  let program: t.Program;
  try {
    program = (whole ? undefined : configPrefix(source)) ?? parse(source).program;
  } catch (err) {
    const e = err as Error & { loc?: { line: number; column: number } };
    return {
      diagnostics: [
        TOP_LEVEL_RETURN.test(e.message)
          ? diagnostic("EH402", "a return outside a function: the trigger file is a module", {
              trigger,
              location: { file, line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1 },
            })
          : diagnostic("EH400", `syntax error: ${e.message.replace(/ \(\d+:\d+\)$/, "")}`, {
              trigger,
              location: { file, line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1 },
              hint: "Fix the syntax error.",
            }),
      ],
    };
  }

  const found = findConfig(program);
  if (!found) {
    return {
      diagnostics: [
        diagnostic("EH200", `no \`export const ${CONFIG_EXPORT} = { … }\` in ${file}`, {
          trigger,
          location: at(null),
        }),
      ],
    };
  }
  const { statement, init } = found;
  if (!init) {
    return {
      diagnostics: [
        diagnostic("EH201", "the trigger config has no value", { trigger, location: at(statement) }),
      ],
    };
  }
  let data: Json;
  try {
    data = literalValue(init);
  } catch (err) {
    if (!(err instanceof NotLiteral)) throw err;
    return {
      diagnostics: [
        diagnostic("EH201", `the trigger config must be a literal; found ${err.message}`, {
          trigger,
          location: at(err.node),
        }),
      ],
    };
  }

  const literal = unwrap(init);
  const diagnostics: Diagnostic[] = validate(schema, data).map((p) =>
    diagnostic("EH202", `trigger config: ${pointerToPath(p.pointer)}: ${p.message}`, {
      trigger,
      location: at(nodeAt(literal, p.pointer) ?? literal),
    }),
  );
  const raw = data as Record<string, Json>;
  if (Array.isArray(raw.events)) {
    raw.events.forEach((ev, i) => {
      const location = (): Location => at(nodeAt(literal, `/events/${i}`) ?? literal);
      if (typeof ev === "string" && !isEventName(ev)) {
        diagnostics.push(
          diagnostic("EH203", `unknown event "${ev}"${didYouMean(ev)}`, { trigger, location: location() }),
        );
      } else if (typeof ev === "string" && EVENT_SPELLINGS[ev]) {
        diagnostics.push(
          diagnostic(
            "EH204",
            `the reference spells this event two ways; "${EVENT_SPELLINGS[ev]}" is the usual one`,
            {
              trigger,
              location: location(),
              severity: "warning",
            },
          ),
        );
      }
    });
  }
  const range: [number, number] = [statement.start ?? 0, statement.end ?? 0];
  if (hasErrors(diagnostics)) return { range, diagnostics };
  return {
    range,
    diagnostics,
    metadata: {
      name: raw.name as string,
      events: raw.events as string[],
      description: (raw.description as string | undefined) ?? "",
      debug: (raw.debug as boolean | undefined) ?? false,
      disabled: (raw.disabled as boolean | undefined) ?? false,
      hints: (raw.hints as Record<string, Json> | undefined) ?? {},
    },
  };
}

function parse(source: string): t.File {
  return babelParser().parse(source, {
    sourceType: "module",
    plugins: ["typescript"],
    errorRecovery: false,
    // Only the config literal is read: no comments to attach.
    attachComment: false,
  });
}

/** The config's name as a word, or a \u escape (which could spell it in an identifier). */
const MENTIONS_CONFIG = new RegExp(`\\b${CONFIG_EXPORT}\\b|\\\\u`);

/**
 * The statements up to the config, parsed without the rest of the file (config-prefix.ts), when
 * they surely are the file's own: the rest never names the config, the prefix parses and ends with
 * the config statement, and what follows it can only start another statement. Undefined otherwise
 * (the whole file is parsed).
 */
function configPrefix(source: string): t.Program | undefined {
  const end = configPrefixEnd(source);
  if (end === undefined) return undefined;
  const rest = source.slice(end);
  // Another declaration or export of the name after it would be an error of the whole file (a
  // redeclaration) that the bundler no longer sees once the config is blanked: any mention of it,
  // even in a comment, or an escape that could spell it, and the whole file is parsed.
  if (MENTIONS_CONFIG.test(rest)) return undefined;
  let program: t.Program;
  try {
    program = parse(source.slice(0, end)).program;
  } catch {
    return undefined;
  }
  const last = program.body[program.body.length - 1];
  if (!last || findConfig(program)?.statement !== last) return undefined;
  if (source[end - 1] !== ";" && !nextStartsStatement(rest)) return undefined;
  return program;
}

function findConfig(
  program: t.Program,
): { statement: t.Statement; init: t.Expression | null | undefined } | undefined {
  for (const st of program.body) {
    if (st.type !== "ExportNamedDeclaration" || st.declaration?.type !== "VariableDeclaration") continue;
    for (const d of st.declaration.declarations) {
      if (d.id.type === "Identifier" && d.id.name === CONFIG_EXPORT) return { statement: st, init: d.init };
    }
  }
  return undefined;
}

/** The literal node a JSON pointer designates, for precise error positions. */
function nodeAt(root: t.Expression, pointer: string): t.Node | undefined {
  let node: t.Node | undefined = root;
  for (const seg of pointer.split("/").slice(1)) {
    if (!node) return undefined;
    const n: t.Node = unwrap(node as t.Expression);
    if (n.type === "ObjectExpression") {
      const prop = n.properties.find(
        (p): p is t.ObjectProperty =>
          p.type === "ObjectProperty" &&
          ((p.key.type === "Identifier" && p.key.name === seg) ||
            (p.key.type === "StringLiteral" && p.key.value === seg)),
      );
      node = prop?.value;
    } else if (n.type === "ArrayExpression") {
      node = n.elements[Number(seg)] ?? undefined;
    } else {
      return n;
    }
  }
  return node;
}
