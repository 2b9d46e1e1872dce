// Package browsertest drives a real Chromium (Debian's chromium package) from Go tests
// through the DevTools protocol (chromedp): the market page's tests open it as a user would.
//
// A test calls New: it skips when no Chromium is installed, unless COOPHIVE_REQUIRE_CHROMIUM=1
// (make test sets it), and under -short. Screenshots go to the test's artifact directory
// (go test -artifacts keeps them; see docs/testing.md).
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// RequireEnv makes a missing Chromium fail a test instead of skipping it.
const RequireEnv = "COOPHIVE_REQUIRE_CHROMIUM"

// ExecPath finds Chromium: $COOPHIVE_CHROMIUM, or chromium / chromium-browser / google-chrome
// on PATH. Empty when there is none.
func ExecPath() string {
	if p := os.Getenv("COOPHIVE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New starts a headless Chromium for t and returns a tab's context, bounded by timeout; the
// browser is closed at the test's cleanup.
func New(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	path := ExecPath()
	if path == "" {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("no Chromium (apt-get install chromium), and %s=1", RequireEnv)
		}
		t.Skip("no Chromium installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	tctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
	})
	if err := chromedp.Do(tctx); err != nil { // starts the browser, for the test's whole life
		t.Fatalf("start %s: %v", path, err)
	}
	return tctx
}

// Screenshot saves the whole page as NAME.png in t's artifact directory and returns its path.
func Screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(t.ArtifactDir(), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s (%d bytes)", path, len(png))
	return path
}
