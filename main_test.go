package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "coophive-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "coophive")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build coophive: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestDevnetAndRunThroughTheBinary is the README's flow: `coophive devnet`, then, with its
// devnet.env, `coophive run cowsay:v0.0.1 -i Message=...` and `coophive inspect DEAL`.
func TestDevnetAndRunThroughTheBinary(t *testing.T) {
	if os.Getenv("COOPHIVE_REQUIRE_DOCKER") != "1" && exec.Command("docker", "info").Run() != nil {
		t.Skip("no Docker engine")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dataDir := t.TempDir()
	devnet := exec.CommandContext(ctx, binary, "devnet", "--data-dir", dataDir, "--http-port", "0")
	stdout, _ := devnet.StdoutPipe()
	var devnetErr bytes.Buffer
	devnet.Stderr = &devnetErr
	if err := devnet.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = devnet.Process.Signal(os.Interrupt)
		_ = devnet.Wait()
	}()
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "ready") {
				ready <- sc.Text()
			}
		}
	}()
	select {
	case <-ready:
	case <-ctx.Done():
		t.Fatalf("devnet never became ready:\n%s", devnetErr.String())
	}
	env := readEnvFile(t, filepath.Join(dataDir, "devnet.env"))

	msg := "moo " + strconv.FormatInt(time.Now().UnixNano(), 36)
	run := exec.CommandContext(ctx, binary, "run", "cowsay:v0.0.1", "-i", "Message="+msg, "--data-dir", t.TempDir())
	run.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	run.Stdout, run.Stderr = &out, &errOut
	if err := run.Run(); err != nil {
		t.Fatalf("run: %v\nstderr:\n%s\ndevnet:\n%s", err, errOut.String(), devnetErr.String())
	}
	if !strings.Contains(out.String(), msg) || !strings.Contains(out.String(), "(oo)") {
		t.Fatalf("stdout lacks the cow saying %q:\n%s", msg, out.String())
	}
	for _, stage := range []string{"published", "matched", "running", "fetched", "accepted"} {
		if !strings.Contains(errOut.String(), stage) {
			t.Errorf("progress lacks %q:\n%s", stage, errOut.String())
		}
	}
	deal := regexp.MustCompile(`(?m)^deal (0x[0-9a-f]{64}) Accepted`).FindStringSubmatch(errOut.String())
	if deal == nil {
		t.Fatalf("no accepted deal id in:\n%s", errOut.String())
	}

	inspect := exec.CommandContext(ctx, binary, "inspect", deal[1])
	inspect.Env = append(os.Environ(), env...)
	js, err := inspect.Output()
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	var d map[string]any
	if err := json.Unmarshal(js, &d); err != nil {
		t.Fatalf("inspect output %q: %v", js, err)
	}
	if d["state"] != "Accepted" || d["id"] != deal[1] || d["price"] != "2000000000000000000" {
		t.Fatalf("inspect: %v", d)
	}
}

func TestRunRefusesBadInputWithOneLine(t *testing.T) {
	cases := [][]string{
		{"run", "nope:v9"},
		{"run", "cowsay:v0.0.1", "-i", "NoEquals"},
		{"inspect", "0x12"},
	}
	for _, args := range cases {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "WEB3_MARKET_ADDRESS=0x0000000000000000000000000000000000000001",
			"WEB3_TOKEN_ADDRESS=0x0000000000000000000000000000000000000002", "WEB3_PRIVATE_KEY=0x01")
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("%v succeeded", args)
			continue
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], "coophive: ") {
			t.Errorf("%v printed %q, want one line starting with coophive:", args, out)
		}
	}
}

func readEnvFile(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, line := range strings.Split(string(b), "\n") {
		kv, ok := strings.CutPrefix(line, "export ")
		if !ok {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		if uq, err := strconv.Unquote(v); err == nil {
			v = uq
		}
		env = append(env, k+"="+v)
	}
	if len(env) < 7 {
		t.Fatalf("devnet.env has %d variables:\n%s", len(env), b)
	}
	return env
}
