// Command gc-diff compares goesc's escape analysis report with gc's on the
// same Go files or packages, and prints how far they agree, by kind of
// message, then the lines that differ.
//
// Usage (normally through scripts/gc-diff):
//
//	gcdiff [-m|-m=2] [-q] [-go GO] [-goesc DRIVER] FILE.go... | DIR | DIR/... ...
//
// gc is gc 1.19 with inlining off: FILE.go arguments are compiled together
// with `go tool compile -p=main -m -l`, directories and DIR/... patterns are
// built with `go build -gcflags='-m -l'` (in GOPATH mode when no go.mod is
// above them; offline, GOPROXY=off). goesc is scripts/goesc with the same
// arguments, which names files the way each of those gc commands does.
// With -m=2 both add the explanations.
//
// Each line "file:line:col: text" is one message; identical lines are
// compared as a multiset. Kinds, by text:
//
//	moved to heap             moved to heap: x
//	escapes to heap           X escapes to heap
//	does not escape           X does not escape, X an allocation
//	leaking param             leaking param: p
//	leaking param content     leaking param content: p
//	leaking param to result   leaking param: p to result ~r0 level=N
//	param does not escape     p does not escape, at a parameter's name
//	                          (found by parsing the file)
//	explanation               -m=2: "X escapes to heap:", "parameter p
//	                          leaks to ...:", "  flow: ...", "    from ..."
//	other                     the rest (capturing by value, ignoring
//	                          self-assignment, ...)
//
// Output: the table (matched, only-gc, only-goesc per kind and in total),
// then the lines only gc printed ("-") and only goesc printed ("+"), in
// position order; -q prints the table only. Exit status: 0 when the two
// reports are the same multiset of lines, 1 when they differ, 2 when a
// compile failed or the command line is wrong.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type message struct {
	file      string
	line, col int
	text      string
	raw       string
}

var lineRE = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

// parse keeps the lines of out that are messages.
func parse(out []byte) []message {
	var msgs []message
	for _, l := range strings.Split(string(out), "\n") {
		m := lineRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		msgs = append(msgs, message{m[1], line, col, m[4], l})
	}
	return msgs
}

var kinds = []string{
	"moved to heap",
	"escapes to heap",
	"does not escape",
	"leaking param",
	"leaking param content",
	"leaking param to result",
	"param does not escape",
	"explanation",
	"other",
}

// params: "file:line:col" of every parameter and receiver name.
type params map[string]bool

func (p params) add(file string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil && f == nil {
		return
	}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, fd := range fl.List {
			for _, n := range fd.Names {
				pos := fset.Position(n.Pos())
				p[fmt.Sprintf("%s:%d:%d", file, pos.Line, pos.Column)] = true
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			fields(n.Recv)
		case *ast.FuncType:
			fields(n.Params)
		}
		return true
	})
}

func (p params) kind(m message) string {
	t := m.text
	switch {
	case strings.HasPrefix(t, "  "), strings.HasSuffix(t, ":"):
		return "explanation"
	case strings.HasPrefix(t, "moved to heap: "):
		return "moved to heap"
	case strings.HasSuffix(t, " escapes to heap"):
		return "escapes to heap"
	case strings.HasPrefix(t, "leaking param content: "):
		return "leaking param content"
	case strings.HasPrefix(t, "leaking param: ") && strings.Contains(t, " to result "):
		return "leaking param to result"
	case strings.HasPrefix(t, "leaking param: "):
		return "leaking param"
	case strings.HasSuffix(t, " does not escape"):
		if p[fmt.Sprintf("%s:%d:%d", m.file, m.line, m.col)] {
			return "param does not escape"
		}
		return "does not escape"
	}
	return "other"
}

type row struct{ matched, onlyGC, onlyGoesc int }

// compare: per kind, how many of gc's lines goesc printed too, how many
// only gc printed and only goesc; and those lines.  Identical lines are
// counted as a multiset.
func compare(gc, goesc []message) (map[string]*row, []message, []message) {
	ps := params{}
	seen := map[string]bool{}
	for _, m := range append(append([]message{}, gc...), goesc...) {
		if !seen[m.file] {
			seen[m.file] = true
			ps.add(m.file)
		}
	}
	count := map[string]int{}
	for _, m := range goesc {
		count[m.raw]++
	}
	rows := map[string]*row{}
	for _, k := range kinds {
		rows[k] = &row{}
	}
	var onlyGC, onlyGoesc []message
	for _, m := range gc {
		r := rows[ps.kind(m)]
		if count[m.raw] > 0 {
			count[m.raw]--
			r.matched++
		} else {
			r.onlyGC++
			onlyGC = append(onlyGC, m)
		}
	}
	for _, m := range goesc {
		if count[m.raw] > 0 {
			count[m.raw]--
			rows[ps.kind(m)].onlyGoesc++
			onlyGoesc = append(onlyGoesc, m)
		}
	}
	return rows, onlyGC, onlyGoesc
}

// byPos sorts messages by file, line and column (stably).
func byPos(ms []message) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.file != b.file {
			return a.file < b.file
		}
		if a.line != b.line {
			return a.line < b.line
		}
		return a.col < b.col
	})
}

func fatalf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gc-diff: "+format+"\n", args...)
	os.Exit(2)
}

// moduleRoot: the directory of the go.mod in dir or above, or "".
func moduleRoot(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		d = up
	}
}

// shortPath is go build's base.ShortPath: relative to the current
// directory when that is shorter.
func shortPath(cwd, p string) string {
	if rel, err := filepath.Rel(cwd, p); err == nil && len(rel) < len(p) {
		return rel
	}
	return p
}

var atRE = regexp.MustCompile(` at (\S+):(\d+):(\d+)$`)

// rebase rewrites the file names go build printed in dir as it would
// have printed them in cwd.
func rebase(msgs []message, dir, cwd string) []message {
	name := func(p string) string {
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		return shortPath(cwd, filepath.Dir(p)) + "/" + filepath.Base(p)
	}
	for i, m := range msgs {
		m.file = name(m.file)
		if sm := atRE.FindStringSubmatchIndex(m.text); sm != nil {
			m.text = m.text[:sm[2]] + name(m.text[sm[2]:sm[3]]) + m.text[sm[3]:]
		}
		m.raw = fmt.Sprintf("%s:%d:%d: %s", m.file, m.line, m.col, m.text)
		msgs[i] = m
	}
	return msgs
}

func run(cmd *exec.Cmd, what string) []byte {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(out.Bytes())
		fatalf("%s: %v", what, err)
	}
	return out.Bytes()
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-stdlib" {
		stdlibMain(os.Args[2:])
		return
	}
	level := 1
	quiet := false
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	driver := "" // scripts/gc-diff passes the repository's
	var files, pkgs []string
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-m" || a == "-m=1":
			level = 1
		case a == "-m=2":
			level = 2
		case a == "-q":
			quiet = true
		case (a == "-go" || a == "-goesc") && i+1 < len(args):
			if a == "-go" {
				goCmd = args[i+1]
			} else {
				driver = args[i+1]
			}
			i++
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Println("usage: gc-diff [-m|-m=2] [-q] [-go GO] [-goesc DRIVER] FILE.go... | DIR | DIR/... ...")
			return
		case strings.HasPrefix(a, "-"):
			fatalf("unknown option %s", a)
		case strings.HasSuffix(a, ".go"):
			files = append(files, a)
		default:
			pkgs = append(pkgs, a)
		}
	}
	if len(files)+len(pkgs) == 0 {
		fatalf("no files or packages; usage: gc-diff [-m|-m=2] [-q] FILE.go... | DIR...")
	}
	if driver == "" {
		driver = "goesc" // installed
	}
	tmp, err := os.MkdirTemp("", "gc-diff")
	if err != nil {
		fatalf("%v", err)
	}
	defer os.RemoveAll(tmp)
	mflag := "-m"
	if level == 2 {
		mflag = "-m=2"
	}

	// gc
	var gc []message
	if len(files) > 0 {
		cmd := exec.Command(goCmd, append([]string{"tool", "compile", "-p=main", mflag, "-l",
			"-o", filepath.Join(tmp, "gc.o")}, files...)...)
		gc = append(gc, parse(run(cmd, "go tool compile"))...)
	}
	cwd, err := os.Getwd()
	if err != nil {
		fatalf("%v", err)
	}
	for _, p := range pkgs {
		// go build takes directories as ./dir or /abs/dir, and in module
		// mode must run inside the module: from its root when the
		// current directory is outside it, its names then rebased
		dir := strings.TrimSuffix(strings.TrimSuffix(p, "..."), "/")
		if dir == "" {
			dir = "."
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			fatalf("%v", err)
		}
		arg, runDir := abs, ""
		root := moduleRoot(dir)
		if root != "" && root != cwd && !strings.HasPrefix(cwd, root+string(filepath.Separator)) {
			runDir = root
		}
		if rel, err := filepath.Rel(cwd, abs); err == nil && runDir == "" && !strings.HasPrefix(rel, "..") {
			arg = "./" + rel
		} else if root == "" && runDir == "" {
			// GOPATH mode takes no absolute path: build "." there
			runDir, arg = abs, "."
		}
		if strings.HasSuffix(p, "...") {
			arg = strings.TrimSuffix(arg, "/.") + "/..."
		}
		env := append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod")
		if root == "" {
			env = append(env, "GO111MODULE=off")
		}
		if os.Getenv("GOCACHE") == "" {
			if c, err := os.UserCacheDir(); err != nil || os.MkdirAll(c, 0o755) != nil {
				env = append(env, "GOCACHE="+filepath.Join(tmp, "gocache"))
			}
		}
		// go build caches the compiler's output with its file names
		// already made relative to the directory it ran in, and replays
		// it from anywhere: -D (local imports' directory, which module
		// code does not use) with that directory gives each directory
		// its own cache entry
		in := runDir
		if in == "" {
			in = cwd
		}
		gcflags := fmt.Sprintf("-gcflags=%s -l -D %q", mflag, in)
		// commands are written into tmp; go build refuses -o DIR/ when
		// there are none, and then writes nothing without it
		build := func(o ...string) *exec.Cmd {
			args := append(append([]string{"build", gcflags}, o...), arg)
			cmd := exec.Command(goCmd, args...)
			cmd.Dir = runDir
			cmd.Env = env
			return cmd
		}
		var out bytes.Buffer
		cmd := build("-o", tmp+string(filepath.Separator))
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil && strings.Contains(out.String(), "no main packages to build") {
			out.Reset()
			cmd = build()
			cmd.Stdout, cmd.Stderr = &out, &out
			err = cmd.Run()
		}
		if !cmd.ProcessState.Success() {
			os.Stderr.Write(out.Bytes())
			fatalf("go build %s: %v", p, cmd.ProcessState)
		}
		msgs := parse(out.Bytes())
		if runDir != "" {
			msgs = rebase(msgs, runDir, cwd)
		}
		gc = append(gc, msgs...)
	}

	// goesc
	cmd := exec.Command(driver, append(append([]string{mflag}, files...), pkgs...)...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fatalf("%s: %v", driver, err)
	}
	goesc := parse(out.Bytes())

	// kinds, then the multiset difference
	rows, onlyGC, onlyGoesc := compare(gc, goesc)
	fmt.Printf("%-25s %8s %8s %10s\n", "kind", "matched", "only-gc", "only-goesc")
	var total row
	for _, k := range kinds {
		r := rows[k]
		if level < 2 && k == "explanation" && *r == (row{}) {
			continue
		}
		fmt.Printf("%-25s %8d %8d %10d\n", k, r.matched, r.onlyGC, r.onlyGoesc)
		total.matched += r.matched
		total.onlyGC += r.onlyGC
		total.onlyGoesc += r.onlyGoesc
	}
	fmt.Printf("%-25s %8d %8d %10d\n", "total", total.matched, total.onlyGC, total.onlyGoesc)
	if !quiet {
		byPos(onlyGC)
		byPos(onlyGoesc)
		if len(onlyGC) > 0 {
			fmt.Printf("\nonly gc:\n")
			for _, m := range onlyGC {
				fmt.Printf("- %s\n", m.raw)
			}
		}
		if len(onlyGoesc) > 0 {
			fmt.Printf("\nonly goesc:\n")
			for _, m := range onlyGoesc {
				fmt.Printf("+ %s\n", m.raw)
			}
		}
	}
	if total.onlyGC+total.onlyGoesc > 0 {
		os.Exit(1)
	}
}
