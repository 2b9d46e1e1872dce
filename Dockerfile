# The coophive image: `make image` (coophive:dev). No registry is reachable to pull a Go image
# from, so nothing is compiled here: make builds the static binary on the host
# (CGO_ENABLED=0) and lays out bin/image, the build context:
#   usr/local/bin/coophive             the binary
#   bin/busybox and its applets        Debian's busybox-static: the compose testnet's shell
#                                      steps (deploy/testnet-init.sh) and health checks (wget)
#   etc/ssl/certs/ca-certificates.crt  for https RPC URLs
#   tmp/                               mode 1777
# The image has no Go toolchain, git or nvidia-smi: an RP in it runs the built-in docker
# modules once `coophive images` has built them in the host's engine (make image does), and
# neither wasm nor git modules (docs/testnet.md, Compose).
FROM scratch
COPY . /
ENV PATH=/usr/local/bin:/bin HOME=/tmp
ENTRYPOINT ["/usr/local/bin/coophive"]
CMD ["--help"]
