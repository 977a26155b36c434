// Loads ig/output/package.tgz with fhir-package-loader (the loader SUSHI uses, independent of the .NET code
// that wrote the package), offline, and fails unless:
//   - the package and its dependency hl7.fhir.r4.core#4.0.1 load;
//   - package/.index.json lists exactly the resources the loader found, with their type, id, url and version;
//   - every canonical URL the package defines resolves to its resource, and every canonical URL its resources
//     and examples refer to (base definitions, profiles, value sets, code systems, extensions, search
//     parameters) resolves in the package or in FHIR core, apart from external code systems.
// Usage: node ig/check-package.js <package.tgz> <folder holding hl7.fhir.r4.core#4.0.1> <scratch folder>
'use strict';
const fs = require('fs');
const path = require('path');
const {
  BasePackageLoader, DiskBasedPackageCache, LoadStatus, createSQLJSPackageDB,
} = require('fhir-package-loader');

// Code systems that are no FHIR resources anywhere (SNOMED CT, LOINC, UCUM, languages, MIME types, ISO): a
// reference to them cannot resolve in a package and is not expected to.
const EXTERNAL_SYSTEMS = [
  'http://snomed.info/sct', 'http://loinc.org', 'http://unitsofmeasure.org', 'urn:ietf:bcp:47', 'urn:ietf:bcp:13',
  'urn:iso:std:iso:3166', 'urn:iso:std:iso:4217', 'http://hl7.org/fhir/sid/icd-10',
];
const CORE = { name: 'hl7.fhir.r4.core', version: '4.0.1' };

const offline = {
  // The loader asks the registry to turn 'latest' or '1.x' into a version even for cached packages.
  resolveVersion: async (name, version) => {
    if (/^\d+\.\d+\.\d+/.test(version)) return version;
    throw new Error(`offline: cannot resolve ${name}#${version} to a version`);
  },
  download: async (name, version) => { throw new Error(`offline: cannot download ${name}#${version}`); },
  downloadCurrentBuild: async (name) => { throw new Error(`offline: no current build of ${name}`); },
  getCurrentBuildDate: async (name) => { throw new Error(`offline: no current build of ${name}`); },
};

async function main([tgz, corePackages, scratch]) {
  if (!tgz || !corePackages || !scratch) {
    throw new Error('usage: node check-package.js <package.tgz> <core packages folder> <scratch folder>');
  }
  const problems = [];
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const coreFolder = `${CORE.name}#${CORE.version}`;
  fs.symlinkSync(path.resolve(corePackages, coreFolder), path.join(scratch, coreFolder), 'dir');

  const cache = new DiskBasedPackageCache(scratch, { log: () => {} });
  const manifest = await readManifest(cache, tgz, scratch);
  const loader = new BasePackageLoader(await createSQLJSPackageDB(), cache, offline, offline, { log: () => {} });
  for (const pkg of [CORE, manifest]) {
    const status = await loader.loadPackage(pkg.name, pkg.version);
    if (status !== LoadStatus.LOADED) {
      throw new Error(`fhir-package-loader could not load ${pkg.name}#${pkg.version}: ${status}`);
    }
  }
  for (const [name, version] of Object.entries(manifest.dependencies || {})) {
    if (loader.getPackageLoadStatus(name, version) !== LoadStatus.LOADED) {
      problems.push(`dependency ${name}#${version} did not load`);
    }
  }

  const packageDir = cache.getPackagePath(manifest.name, manifest.version);
  const found = loader.findResourceInfos('*', { scope: manifest.name });
  checkIndex(path.join(packageDir, 'package', '.index.json'), found, problems);
  for (const info of found.filter((i) => i.url)) {
    const resolved = loader.findResourceJSON(info.url);
    if (!resolved || resolved.resourceType !== info.resourceType || resolved.id !== info.id) {
      problems.push(`${info.url} does not resolve to ${info.resourceType}/${info.id}`);
    }
  }

  const examples = readFolder(path.join(packageDir, 'package', 'example'));
  const resources = found.map((i) => loader.findResourceJSON(i.url || i.id, { scope: manifest.name, type: [i.resourceType] }));
  const references = new Map();
  for (const resource of [...resources, ...examples]) {
    for (const url of canonicalsIn(resource)) {
      if (!references.has(url)) references.set(url, `${resource.resourceType}/${resource.id}`);
    }
  }
  for (const [url, from] of references) {
    const bare = url.split('|')[0];
    if (!EXTERNAL_SYSTEMS.includes(bare) && !loader.findResourceJSON(bare)) {
      problems.push(`${url} (referred to by ${from}) resolves neither in the package nor in FHIR core`);
    }
  }

  if (problems.length > 0) {
    throw new Error(`the package does not hold together:\n  ${problems.join('\n  ')}`);
  }
  console.log(`check-package: fhir-package-loader loaded ${manifest.name}#${manifest.version} offline: ` +
    `${found.length} resources as indexed, ${found.filter((i) => i.url).length} canonical URLs resolve, ` +
    `${references.size} referenced canonicals resolve (${examples.length} examples included)`);
}

// Unpacks the tarball into the scratch cache the way the loader does for a download, under the name and version
// its own package.json gives.
async function readManifest(cache, tgz, scratch) {
  const provisional = 'unpacked#0.0.0';
  await cache.cachePackageTarball('unpacked', '0.0.0', fs.createReadStream(tgz));
  const manifest = JSON.parse(fs.readFileSync(path.join(scratch, provisional, 'package', 'package.json'), 'utf8'));
  fs.renameSync(path.join(scratch, provisional), path.join(scratch, `${manifest.name}#${manifest.version}`));
  return manifest;
}

function checkIndex(indexFile, found, problems) {
  if (!fs.existsSync(indexFile)) {
    problems.push('package/.index.json is missing');
    return;
  }
  const key = (e) => [e.resourceType, e.id, e.url || '', e.version || ''].join(' ');
  const indexed = new Set(JSON.parse(fs.readFileSync(indexFile, 'utf8')).files.map(key));
  const loaded = new Set(found.map(key));
  for (const entry of indexed) if (!loaded.has(entry)) problems.push(`.index.json lists ${entry}, which the loader did not find`);
  for (const entry of loaded) if (!indexed.has(entry)) problems.push(`.index.json does not list ${entry}`);
}

function readFolder(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder)
    .filter((f) => /^[^.].*\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')));
}

// The canonical references of a resource: meta.profile, extension URLs at any depth, and the elements of the
// conformance resources that hold canonicals.
function* canonicalsIn(resource) {
  yield* (resource.meta?.profile || []);
  yield* extensionUrls(resource);
  switch (resource.resourceType) {
    case 'StructureDefinition':
      if (resource.baseDefinition) yield resource.baseDefinition;
      for (const element of [...(resource.snapshot?.element || []), ...(resource.differential?.element || [])]) {
        for (const type of element.type || []) {
          yield* (type.profile || []);
          yield* (type.targetProfile || []);
        }
        if (element.binding?.valueSet) yield element.binding.valueSet;
      }
      break;
    case 'ValueSet':
      for (const part of [...(resource.compose?.include || []), ...(resource.compose?.exclude || [])]) {
        if (part.system) yield part.system;
        yield* (part.valueSet || []);
      }
      break;
    case 'CapabilityStatement':
      yield* (resource.instantiates || []);
      for (const rest of resource.rest || []) {
        for (const entry of rest.resource || []) {
          if (entry.profile) yield entry.profile;
          yield* (entry.supportedProfile || []);
          for (const param of entry.searchParam || []) if (param.definition) yield param.definition;
        }
      }
      break;
    default:
      break;
  }
}

function* extensionUrls(node) {
  if (Array.isArray(node)) {
    for (const item of node) yield* extensionUrls(item);
  } else if (node && typeof node === 'object') {
    for (const [name, value] of Object.entries(node)) {
      if ((name === 'extension' || name === 'modifierExtension') && Array.isArray(value)) {
        // Only the outer URL of a complex extension is canonical; its parts carry plain names.
        for (const extension of value) if (/^[a-z]+:/.test(extension.url || '')) yield extension.url;
      }
      yield* extensionUrls(value);
    }
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`check-package: ${error.message}`);
  process.exit(1);
});
