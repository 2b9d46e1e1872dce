// Package runner owns running jobs: modules (a name such as "cowsay:v0.0.1" rendered with
// its inputs into a bacalhau models.Job plus the machine it needs), executing that job
// through bacalhau v1.7.0's executors used as a library in-process (docker against a Docker
// engine; wasm through wazero, which needs nothing), building the built-in modules' images
// and WASI programs locally from the sources in runner/images, and packing a run's outputs
// into the deterministic archive of runner/archive, whose sha256 is the result hash.
//
// Built-in modules: cowsay:v0.0.1 (docker), cowsay-wasm:v0.0.1 (wasm, for providers without
// Docker), sdxl:v0.2.9 (docker, one GPU; its image comes from a registry). Modules from git
// ("HOST/ORG/REPO:TAG", Resolver): a module.json template at the repository's root (a docker
// image, or a WASI program in the same repository), resolved
// to a commit and the template's sha256 (a Pin) by the job creator, fetched by that commit,
// cached by commit and checked against the pin by the provider and the mediator. Templates are
// parsed strictly before inputs are filled in, and inputs only ever fill placeholders inside
// entrypoint elements and environment values, each into its own string, so an input value
// cannot change the job's structure. A module says whether it is deterministic; the mediator's
// rule for either kind is in node's doc.
//
// Jobs run in-process (Runner) or on an operator's bacalhau cluster through its REST API
// (Cluster); both pack results the same way. A job's input files are mounted read-only at
// InputsMount.
package runner
