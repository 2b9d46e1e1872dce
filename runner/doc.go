// Package runner owns running jobs: modules (a name such as "cowsay:v0.0.1" rendered with
// its inputs into a bacalhau models.Job plus the machine it needs), executing that job
// through bacalhau v1.7.0's executors used as a library in-process (docker against a Docker
// engine; wasm through wazero, which needs nothing), building the built-in modules' images
// and WASI programs locally from the sources in runner/images, and packing a run's outputs
// into the deterministic archive of runner/archive, whose sha256 is the result hash.
//
// Modules: cowsay:v0.0.1 (docker), cowsay-wasm:v0.0.1 (wasm, for providers without Docker),
// sdxl:v0.2.9 (docker, one GPU; its image comes from a registry). Inputs never pass through a
// template: each module maps them onto fixed fields of the job (an entrypoint argument, an
// environment value), so an input value cannot change the job's structure. A module says
// whether it is deterministic: the mediator decides a deterministic module by comparing its
// re-run's archive hash with the submitted one.
package runner
