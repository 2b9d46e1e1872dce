// Package runner owns running jobs: modules (a name such as "cowsay:v0.0.1" rendered with
// its inputs into a bacalhau models.Job plus the machine it needs), executing that job
// through bacalhau v1.7.0's executors used as a library in-process (the docker executor
// against a Docker engine), building the built-in modules' images locally from the sources in
// runner/images, and packing a run's outputs (stdout, stderr, exitCode, outputs/) into a
// deterministic tar archive whose sha256 is the result hash submitted on-chain.
//
// Inputs never pass through a template: each module maps them onto fixed fields of the job
// (for cowsay, one argument of the entrypoint), so an input value cannot change the job's
// structure.
package runner
