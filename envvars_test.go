package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// envVarRE matches what reads as an environment variable's name: WEB3_RPC_URL, DATA_DIR.
var envVarRE = regexp.MustCompile(`\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b`)

// notFlags are the environment variables the binary reads besides its flags'.
var notFlags = map[string]string{
	"CREDENTIALS_DIRECTORY": "systemd's, where the passphrase credential is looked up",
	"GOGC":                  "the Go runtime's",
	"GOMEMLIMIT":            "the Go runtime's",
	"DOCKER_HOST":           "the Docker client's",
}

// TestEnvVarsNamedExist: every environment variable that a flag's or a command's usage, or an
// error message of the CLI or of the packages whose errors it shows (node, devnet, faucet), names is
// one that a flag reads (or a command's argument, as DEAL_ID). (An error once sent users to COOPHIVE_MEDIATORS, which nothing read.)
func TestEnvVarsNamedExist(t *testing.T) {
	app := newApp()
	known := map[string]bool{} // env vars, and the commands' argument placeholders (DEAL_ID)
	var texts []string
	var walk func(flags []cli.Flag, cmds []*cli.Command)
	walk = func(flags []cli.Flag, cmds []*cli.Command) {
		for _, f := range flags {
			if e, ok := f.(interface{ GetEnvVars() []string }); ok {
				for _, v := range e.GetEnvVars() {
					known[v] = true
				}
			}
			if u, ok := f.(interface{ GetUsage() string }); ok {
				texts = append(texts, u.GetUsage())
			}
		}
		for _, c := range cmds {
			texts = append(texts, c.Usage, c.UsageText, c.Description)
			for _, arg := range envVarRE.FindAllString(c.ArgsUsage, -1) {
				known[arg] = true
			}
			walk(c.Flags, c.Subcommands)
		}
	}
	walk(app.Flags, app.Commands)
	texts = append(texts, app.Usage, app.Description)
	if len(known) < 20 {
		t.Fatalf("found only %d env vars among the flags: the walk is broken", len(known))
	}
	for _, dir := range []string{".", "node", "devnet", "faucet"} {
		texts = append(texts, errorStrings(t, dir)...)
	}
	var missing []string
	for _, s := range texts {
		for _, v := range envVarRE.FindAllString(s, -1) {
			if !known[v] && notFlags[v] == "" {
				missing = append(missing, v+" in "+strconv.Quote(s))
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("named but read by no flag:\n%s", strings.Join(missing, "\n"))
	}
}

// errorStrings are the string literals of the errors.New and fmt.Errorf calls in dir's
// non-test Go files.
func errorStrings(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || !(pkg.Name == "errors" && sel.Sel.Name == "New" || pkg.Name == "fmt" && sel.Sel.Name == "Errorf") {
				return true
			}
			for _, a := range call.Args {
				if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, s)
					}
				}
			}
			return true
		})
	}
	if len(out) == 0 {
		t.Fatalf("%s: no error strings found", dir)
	}
	return out
}
