// Command cowsay is the program inside the cowsay module's image: it prints its arguments in
// a speech bubble above a cow, on stdout and, when the job has an /outputs volume, into
// /outputs/cow.txt. With -f, the arguments after it are files whose contents it says (a job's
// input files, under /inputs). Built static (CGO_ENABLED=0) into a FROM-scratch image by the runner.
package main

import (
	"fmt"
	"os"
	"strings"
)

const cow = `        \   ^__^
         \  (oo)\_______
            (__)\       )\/\
                ||----w |
                ||     ||
`

func say(msg string) string {
	lines := wrap(msg, 40)
	width := 0
	for _, l := range lines {
		width = max(width, len([]rune(l)))
	}
	var b strings.Builder
	b.WriteString(" " + strings.Repeat("_", width+2) + "\n")
	for i, l := range lines {
		left, right := "|", "|"
		switch {
		case len(lines) == 1:
			left, right = "<", ">"
		case i == 0:
			left, right = "/", "\\"
		case i == len(lines)-1:
			left, right = "\\", "/"
		}
		pad := strings.Repeat(" ", width-len([]rune(l)))
		b.WriteString(left + " " + l + pad + " " + right + "\n")
	}
	b.WriteString(" " + strings.Repeat("-", width+2) + "\n")
	b.WriteString(cow)
	return b.String()
}

func wrap(msg string, width int) []string {
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(msg) {
		w := []rune(word)
		if len(cur) > 0 && len(cur)+1+len(w) > width {
			lines = append(lines, string(cur))
			cur = nil
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, w...)
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

func main() {
	msg := strings.Join(os.Args[1:], " ")
	if len(os.Args) > 2 && os.Args[1] == "-f" {
		var parts []string
		for _, name := range os.Args[2:] {
			b, err := os.ReadFile(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, "read input file:", err)
				os.Exit(1)
			}
			parts = append(parts, string(b))
		}
		msg = strings.Join(parts, " ")
	}
	out := say(msg)
	fmt.Print(out)
	if st, err := os.Stat("/outputs"); err == nil && st.IsDir() {
		if err := os.WriteFile("/outputs/cow.txt", []byte(out), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "write /outputs/cow.txt:", err)
			os.Exit(1)
		}
	}
}
