// Validates rendered Kubernetes manifests offline:
//  - built-in kinds against the Kubernetes API schemas carried by the npm package kubernetes-models
//    (types, enums, required fields),
//  - CloudNativePG kinds against the CRD schemas kept in k8s/schemas/cloudnative-pg (with unknown
//    fields refused, as a server with strict field validation would).
// Usage: node validate.mjs rendered.yaml [more.yaml ...]   Exit 0 when every object is valid.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import Ajv from "ajv";

const here = dirname(fileURLToPath(import.meta.url));
const crdDir = join(here, "..", "schemas", "cloudnative-pg");

function strict(schema) {
  if (schema && typeof schema === "object") {
    if (schema.type === "object" && schema.properties && schema.additionalProperties === undefined
        && !schema["x-kubernetes-preserve-unknown-fields"]) {
      schema.additionalProperties = false;
    }
    for (const v of Object.values(schema)) {
      if (v && typeof v === "object") strict(v);
    }
  }
  return schema;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
const crdValidators = new Map();
for (const file of readdirSync(crdDir).filter((f) => f.endsWith(".yaml"))) {
  const crd = yaml.load(readFileSync(join(crdDir, file), "utf8"));
  for (const version of crd.spec.versions) {
    const key = `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`;
    const schema = strict(structuredClone(version.schema.openAPIV3Schema));
    // metadata is validated by the API server, not by the CRD schema
    schema.properties.metadata = { type: "object" };
    crdValidators.set(key, ajv.compile(schema));
  }
}

async function builtIn(apiVersion, kind) {
  const path = apiVersion.includes("/") ? apiVersion : `v1/${apiVersion}`.replace("v1/v1", "v1");
  try {
    const mod = await import(`kubernetes-models/${path}/${kind}`);
    return mod[kind];
  } catch (e) {
    return null;
  }
}

let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  const docs = yaml.loadAll(readFileSync(file, "utf8")).filter((d) => d);
  for (const doc of docs) {
    const id = `${file}: ${doc.kind} ${doc.metadata?.name ?? "?"} (${doc.apiVersion})`;
    checked++;
    if (!doc.apiVersion || !doc.kind || !doc.metadata?.name) {
      console.log(`INVALID ${id}: apiVersion, kind and metadata.name are required`);
      failures++;
      continue;
    }
    const crd = crdValidators.get(`${doc.apiVersion}/${doc.kind}`);
    if (crd) {
      if (!crd(doc)) {
        failures++;
        const why = crd.errors.map((e) => `${e.instancePath || "/"} ${e.message}`
            + (e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : "")).join("; ");
        console.log(`INVALID ${id}: ${why}`);
      }
      continue;
    }
    const Model = await builtIn(doc.apiVersion, doc.kind);
    if (!Model) {
      failures++;
      console.log(`INVALID ${id}: unknown kind for the Kubernetes API schemas and the CloudNativePG CRDs`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (e) {
      failures++;
      console.log(`INVALID ${id}: ${e.message}`);
    }
  }
}
console.log(`${checked} objects checked, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
