package runner

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/docker/docker/api/types"
	dockerclient "github.com/docker/docker/client"
)

// cowsayImage is built locally from images/cowsay (no registry is needed or used).
const cowsayImage = "coophive/cowsay:v0.0.1"

//go:embed images/cowsay/main.go
var cowsaySource []byte

// ErrNoToolchain is returned when an image must be built and no Go toolchain is on PATH.
var ErrNoToolchain = errors.New("no Go toolchain to build the module image")

type imageSource struct {
	main []byte // a self-contained Go main package
	bin  string // the binary's path inside the image
}

// sourceLabel labels a built image with the sha256 of its sources: an image built from other
// sources (an older coophive) is rebuilt.
const sourceLabel = "coophive.source"

func (s imageSource) hash() string {
	return fmt.Sprintf("%x", sha256.Sum256(append([]byte(s.bin+"\n"), s.main...)))
}

var imageSources = map[string]imageSource{cowsayImage: {main: cowsaySource, bin: "/cowsay"}}

// EnsureImages builds every built-in module's image that the Docker engine lacks.
func EnsureImages(ctx context.Context) error {
	cli, err := dockerclient.NewClientWithOpts(dockerclient.FromEnv, dockerclient.WithAPIVersionNegotiation())
	if err != nil {
		return fmt.Errorf("docker client: %w", err)
	}
	defer cli.Close()
	for tag, src := range imageSources {
		info, _, err := cli.ImageInspectWithRaw(ctx, tag)
		if err == nil && info.Config != nil && info.Config.Labels[sourceLabel] == src.hash() {
			continue // built from these very sources
		} else if err != nil && !dockerclient.IsErrNotFound(err) {
			return fmt.Errorf("inspect image %s: %w", tag, err)
		}
		if err := buildImage(ctx, cli, tag, src); err != nil {
			return err
		}
	}
	return nil
}

// buildImage compiles the source statically and builds a FROM-scratch image holding it.
func buildImage(ctx context.Context, cli *dockerclient.Client, tag string, src imageSource) error {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("image %s is missing: %w (install Go, or run `coophive images` where Go is, against this engine)", tag, ErrNoToolchain)
	}
	dir, err := os.MkdirTemp("", "coophive-image-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	bctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if err := compileGo(bctx, goBin, src.main, "linux", runtime.GOARCH, filepath.Join(dir, "app")); err != nil {
		return fmt.Errorf("compile image %s: %w", tag, err)
	}
	bin, err := os.ReadFile(filepath.Join(dir, "app"))
	if err != nil {
		return err
	}
	dockerfile := fmt.Sprintf("FROM scratch\nLABEL %s=%s\nCOPY app %s\nENTRYPOINT [%q]\n", sourceLabel, src.hash(), src.bin, src.bin)
	buildCtx, err := tarFiles(map[string][]byte{"Dockerfile": []byte(dockerfile), "app": bin})
	if err != nil {
		return err
	}
	resp, err := cli.ImageBuild(bctx, bytes.NewReader(buildCtx), types.ImageBuildOptions{
		Tags: []string{tag}, Remove: true, ForceRemove: true, Version: types.BuilderV1,
	})
	if err != nil {
		return fmt.Errorf("build image %s: %w", tag, err)
	}
	defer resp.Body.Close()
	return readBuildStream(resp.Body, tag)
}

// compileGo builds a self-contained main package (no dependencies) for goos/goarch into out.
func compileGo(ctx context.Context, goBin string, main []byte, goos, goarch, out string) error {
	dir, err := os.MkdirTemp("", "coophive-build-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), main, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module coophive.local/module\n\ngo 1.22\n"), 0o644); err != nil {
		return err
	}
	args := []string{"build", "-trimpath", "-o", out}
	if goos != "wasip1" { // bacalhau's wasm loader needs the name section that -s strips
		args = append(args, "-ldflags=-s -w")
	}
	cmd := exec.CommandContext(ctx, goBin, append(args, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch, "GOFLAGS=-mod=mod", "GOWORK=off")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w\n%s", err, b)
	}
	return nil
}

// wasmSources are the WASI programs the wasm modules run, by file name.
var wasmSources = map[string][]byte{"cowsay.wasm": cowsaySource}

// ensureWasm builds the wasm modules' programs into dir unless they are there.
func ensureWasm(ctx context.Context, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, src := range wasmSources {
		out := filepath.Join(dir, name)
		if _, err := os.Stat(out); err == nil {
			continue
		}
		goBin, err := exec.LookPath("go")
		if err != nil {
			return fmt.Errorf("wasm module %s is missing: %w", name, ErrNoToolchain)
		}
		bctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		err = compileGo(bctx, goBin, src, "wasip1", "wasm", out+".tmp")
		cancel()
		if err != nil {
			return fmt.Errorf("compile wasm module %s: %w", name, err)
		}
		if err := os.Rename(out+".tmp", out); err != nil {
			return err
		}
	}
	return nil
}

// readBuildStream drains the engine's JSON progress stream and returns its error, if any.
func readBuildStream(r io.Reader, tag string) error {
	dec := json.NewDecoder(r)
	for {
		var msg struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&msg); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("build image %s: read progress: %w", tag, err)
		}
		if msg.Error != "" {
			return fmt.Errorf("build image %s: %s", tag, msg.Error)
		}
	}
}

func tarFiles(files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, b := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(b))}); err != nil {
			return nil, err
		}
		if _, err := tw.Write(b); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
