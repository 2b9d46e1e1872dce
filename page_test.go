package main

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/coophive/coophive/internal/browsertest"
)

// TestMarketPageRunsCowsayThroughTheGateway is the web side end to end, in Chromium, as two
// browser tests on one page (subtests: the second needs the first's page). A
// devnet and `coophive gateway`; the market page, served by the gateway, signs a user up,
// runs cowsay:v0.0.1 from its form and follows the deal to Accepted from the event stream
// alone (the page is never reloaded), then shows the cow on the deal's page. Then the gateway
// is stopped and started again on the same address: the page's event stream reconnects
// (the restarted node answers its last event id with a resync), and a second job, submitted
// over HTTP, shows up Accepted on the same, never reloaded, page. Screenshots of the deal's
// page and of the market go to the test's artifact directory.
func TestMarketPageRunsCowsayThroughTheGateway(t *testing.T) {
	needBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	env := startDevnet(t, ctx)
	dir := t.TempDir()
	gw := startGateway(t, ctx, env, dir, "")
	b := browsertest.New(t, 5*time.Minute)
	wait := func(t *testing.T, what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(b, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(100*time.Millisecond),
			chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
			text, _ := chromedp.Run(b, chromedp.Evaluate[string](`document.body.innerText`))
			t.Fatalf("%s: %v\nthe page:\n%s", what, err, text)
		}
	}
	do := func(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(b, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	ok := t.Run("runs cowsay from the form", func(t *testing.T) {
		do(t, "open the page", chromedp.Navigate(gw.url+"/"), chromedp.WaitVisible(chromedp.ID("signup-form")))
		if _, err := chromedp.Run(b, chromedp.Evaluate[bool](`window.notReloaded = true`)); err != nil {
			t.Fatal(err)
		}
		wait(t, "the event stream live", `document.querySelector('#live').textContent === 'live'`)
		do(t, "sign up", chromedp.SendKeys(chromedp.ID("signup-name"), "carol"), chromedp.Click(chromedp.CSS(`#signup-form button[type=submit]`)))
		wait(t, "signed in with 10 tokens", `!document.querySelector('#me').hidden && document.querySelector('#me-available').textContent === '10'`)
		do(t, "fill the form", chromedp.WaitVisible(chromedp.CSS(`#run-inputs input[data-input=Message]`)),
			chromedp.SetValue(chromedp.CSS(`#run-inputs input[data-input=Message]`), "moo from a browser"),
			chromedp.Click(chromedp.ID("run-submit")))
		wait(t, "the deal's page", `location.hash.startsWith('#/deal/0x')`)
		wait(t, "the deal Accepted", `document.querySelector('#deal-state').textContent === 'Accepted'`)
		wait(t, "the cow", `document.querySelector('#deal-stdout').textContent.includes('moo from a browser')`)
		wait(t, "the deal's on-chain steps", `[...document.querySelectorAll('#deal-history li')].map(li => li.dataset.state).join(',') === 'Agreed,ResultsSubmitted,Accepted'`)
		browsertest.Screenshot(t, b, "deal")
		ref, err := chromedp.Run(b, chromedp.Evaluate[string](`location.hash.slice('#/deal/'.length)`))
		if err != nil {
			t.Fatal(err)
		}
		do(t, "back to the market", chromedp.Click(chromedp.CSS(`#deal-view a[href="#/"]`)))
		wait(t, "the deal in the market's list", fmt.Sprintf(`document.querySelector('#deals tr[data-deal="%s"][data-state="Accepted"]') !== null`, strings.ToLower(ref)))
		wait(t, "the outcome plotted", `document.querySelector('#plot-deals rect[data-outcome="Accepted"]') !== null`)
	})
	if !ok {
		return
	}
	// The gateway stops and starts again on the same address; the page stays open.
	t.Run("keeps updating across a gateway restart", func(t *testing.T) {
		key, err := chromedp.Run(b, chromedp.Evaluate[string](`localStorage.getItem('coophive.key')`))
		if err != nil || key == "" {
			t.Fatalf("the page's API key: %q %v", key, err)
		}
		if err := gw.proc.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		<-gw.proc.done
		wait(t, "the stream seen down", `document.querySelector('#live').textContent !== 'live'`)
		gw = startGatewayAt(t, ctx, env, dir, "", strings.TrimPrefix(gw.url, "http://")) // the old one has exited: its port is free
		wait(t, "the stream live again", `document.querySelector('#live').textContent === 'live'`)
		second := gw.submit(t, key, "moo after a restart")
		gw.waitFinished(t, ctx, key, second)
		wait(t, "the second deal Accepted on the page", fmt.Sprintf(`document.querySelector('#deals tr[data-deal="%s"][data-state="Accepted"]') !== null`, strings.ToLower(second)))
		wait(t, "never reloaded", `window.notReloaded === true`)
		browsertest.Screenshot(t, b, "market")
	})
}
