// Command stdtags writes what gc 1.19 knows about the standard library's
// parameters, for goesc to use at calls into it.
//
// Usage (normally through `make std-tags`):
//
//	go run scripts/stdtags/main.go [-go GO] [-o FILE]
//
// gc compiles a package against its imports' escape tags, which it computed
// when it compiled them. goesc compiles against gccgo's libgo, whose export
// data carries gccgo's own tags: another analysis (gccgo's frontend, which
// agrees with gc on about half of Go's escape tests) of another version of
// the library. Where the two disagree, goesc's verdicts on a user's code
// follow gccgo's tags and differ from gc's. This command recovers gc's
// tags instead: it builds the whole standard library with `-gcflags=-m=2`
// (from scratch, so that every package prints its messages), and turns the
// parameter messages into one line per function:
//
//	leaking param: p                          the heap, no dereference
//	leaking param content: p                  the heap, through a pointer
//	parameter p leaks to {heap} with derefs=N the heap, N dereferences
//	leaking param: p to result ~r0 level=N    result 0, N dereferences
//	p does not escape                         nowhere
//
// Messages are matched to parameters by position: go/parser reads every
// package's files (those `go list` says build here) and records where each
// function's parameters (receiver first) are declared. A function without
// a body (assembly) or with a type parameter, and one with a parameter gc
// says nothing about that may hold pointers, are left out so that goesc
// falls back to the export data for them; one whose parameters are all
// scalars (basic types, or the package's types defined as one) gets "does
// not escape" for each, as gc says nothing of them.
//
// The output uses goesc's summary line format (docs/summaries.md) under its
// own header, "goesc std tags 1", because a value receiver's field is about
// the value, as in the export data, where a goesc summary's is about the
// pointer gccgo passes.  Names are gccgo's assembler names
// (PKGPATH.NAME, PKGPATH.TYPE.METHOD, each part encoded as gccgo does).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// gc's numEscResults: results beyond the seventh are the heap's business.
const numResults = 7

type param struct {
	fn    *function
	index int
}

type function struct {
	asm     string
	nparams int
	results map[string]int // result name ("~r0" or the Go name) -> index
	// per parameter: derefs+1 to the heap then to each result, 0 none
	leaks [][1 + numResults]int
	said  []bool // gc printed something about the parameter (or it has
	// no pointers, which gc then says nothing about)
}

func main() {
	goCmd := flag.String("go", "/usr/lib/go-1.19/bin/go", "the go command of the gc to ask")
	out := flag.String("o", "", "output file (default standard output)")
	flag.Parse()

	tmp, err := os.MkdirTemp("", "stdtags")
	check(err)
	defer os.RemoveAll(tmp)
	env := append(os.Environ(), "GOFLAGS=", "GO111MODULE=off", "GOCACHE="+filepath.Join(tmp, "cache"),
		"CGO_ENABLED=1", "GOOS=linux", "GOARCH=amd64")

	funcs := map[string]*function{}
	at := map[string]param{} // "file:line:col" of a parameter's name
	list := exec.Command(*goCmd, "list", "-f", "{{.ImportPath}}\t{{.Dir}}\t{{join .GoFiles \" \"}} {{join .CgoFiles \" \"}}", "std")
	list.Env = env
	listed, err := list.Output()
	check(err)
	fset := token.NewFileSet()
	for _, line := range strings.Split(strings.TrimSpace(string(listed)), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || strings.HasPrefix(f[0], "vendor/") || strings.Contains(f[0], "internal") {
			continue
		}
		var files []*ast.File
		types := map[string]ast.Expr{} // the package's named types
		for _, name := range strings.Fields(f[2]) {
			path := filepath.Join(f[1], name)
			file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			check(err)
			files = append(files, file)
			for _, d := range file.Decls {
				if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
					for _, sp := range g.Specs {
						ts := sp.(*ast.TypeSpec)
						if ts.TypeParams == nil {
							types[ts.Name.Name] = ts.Type
						}
					}
				}
			}
		}
		for _, file := range files {
			addFuncs(fset, file, f[0], types, funcs, at)
		}
	}

	build := exec.Command(*goCmd, "build", "-a", "-gcflags=-m=2", "std")
	build.Env = env
	var msgs bytes.Buffer
	build.Stdout, build.Stderr = &msgs, &msgs
	if err := build.Run(); err != nil {
		os.Stderr.Write(msgs.Bytes())
		check(err)
	}
	parseMessages(&msgs, at)

	w := os.Stdout
	if *out != "" {
		w, err = os.Create(*out)
		check(err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "goesc std tags 1\n")
	names := make([]string, 0, len(funcs))
	for n := range funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fn := funcs[n]
		// a function all of whose parameters are scalars gc says
		// nothing of: none of them escapes
		complete := true
		for _, s := range fn.said {
			complete = complete && s
		}
		if !complete {
			continue
		}
		fmt.Fprintf(bw, "func %s %d", fn.asm, fn.nparams)
		for _, l := range fn.leaks {
			last := 0
			for k, v := range l {
				if v != 0 {
					last = k + 1
				}
			}
			if last == 0 {
				fmt.Fprint(bw, " 0")
				continue
			}
			parts := make([]string, last)
			for k := 0; k < last; k++ {
				parts[k] = strconv.Itoa(l[k])
			}
			fmt.Fprintf(bw, " %s", strings.Join(parts, "."))
		}
		fmt.Fprintln(bw)
	}
	check(bw.Flush())
	if *out != "" {
		check(w.Close())
	}
}

func addFuncs(fset *token.FileSet, file *ast.File, pkgpath string, types map[string]ast.Expr, funcs map[string]*function, at map[string]param) {
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams != nil {
			continue
		}
		name := encode(pkgpath) + "."
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			t := fd.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			id, ok := t.(*ast.Ident)
			if !ok {
				continue // a generic receiver
			}
			name += encode(id.Name) + "."
		}
		name += encode(fd.Name.Name)
		fn := &function{asm: name, results: map[string]int{}}
		var fields []*ast.Field
		if fd.Recv != nil {
			fields = append(fields, fd.Recv.List...)
		}
		fields = append(fields, fd.Type.Params.List...)
		for _, f := range fields {
			names := f.Names
			if len(names) == 0 {
				names = []*ast.Ident{nil}
			}
			for _, id := range names {
				fn.leaks = append(fn.leaks, [1 + numResults]int{})
				// gc says nothing of a parameter without pointers
				fn.said = append(fn.said, scalar(f.Type, types, 0))
				if id != nil && id.Name != "_" {
					p := fset.Position(id.Pos())
					at[fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)] = param{fn, fn.nparams}
				}
				fn.nparams++
			}
		}
		if fd.Type.Results != nil {
			i := 0
			for _, f := range fd.Type.Results.List {
				if len(f.Names) == 0 {
					fn.results[fmt.Sprintf("~r%d", i)] = i
					i++
				}
				for _, id := range f.Names {
					fn.results[id.Name] = i
					fn.results[fmt.Sprintf("~r%d", i)] = i
					i++
				}
			}
		}
		funcs[name] = fn
	}
}

// Is type expression t certainly free of pointers?  Only the predeclared
// numeric and boolean types are taken for it.
// scalar says whether t holds no pointer: a basic type other than string,
// or a type of the package defined as one (time.Duration).
func scalar(t ast.Expr, types map[string]ast.Expr, depth int) bool {
	id, ok := t.(*ast.Ident)
	if !ok || depth > 10 {
		return false
	}
	switch id.Name {
	case "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
		"uint16", "uint32", "uint64", "uintptr", "float32", "float64",
		"complex64", "complex128", "byte", "rune":
		return true
	}
	if u, ok := types[id.Name]; ok {
		return scalar(u, types, depth+1)
	}
	return false
}

var (
	reLeak    = regexp.MustCompile(`^(.*:\d+:\d+): leaking param: (\S+)$`)
	reContent = regexp.MustCompile(`^(.*:\d+:\d+): leaking param content: (\S+)$`)
	reResult  = regexp.MustCompile(`^(.*:\d+:\d+): leaking param: (\S+) to result (\S+) level=(\d+)$`)
	reHeap    = regexp.MustCompile(`^(.*:\d+:\d+): parameter (\S+) leaks to \{heap\} with derefs=(\d+):$`)
	reNone    = regexp.MustCompile(`^(.*:\d+:\d+): (\S+) does not escape$`)
)

func parseMessages(msgs *bytes.Buffer, at map[string]param) {
	// the exact heap derefs come from the -m=2 explanation that precedes
	// "leaking param content"; keep the smallest seen per parameter
	heap := map[string]int{}
	sc := bufio.NewScanner(msgs)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	for _, l := range lines {
		if m := reHeap.FindStringSubmatch(l); m != nil {
			d, _ := strconv.Atoi(m[3])
			if old, ok := heap[m[1]]; !ok || d < old {
				heap[m[1]] = d
			}
		}
	}
	for _, l := range lines {
		if m := reResult.FindStringSubmatch(l); m != nil {
			p, ok := at[m[1]]
			if !ok {
				continue
			}
			r, ok := p.fn.results[m[3]]
			lv, _ := strconv.Atoi(m[4])
			if ok && r < numResults {
				set(&p.fn.leaks[p.index][1+r], lv+1)
			}
			p.fn.said[p.index] = true
		} else if m := reLeak.FindStringSubmatch(l); m != nil {
			if p, ok := at[m[1]]; ok {
				set(&p.fn.leaks[p.index][0], 1)
				p.fn.said[p.index] = true
			}
		} else if m := reContent.FindStringSubmatch(l); m != nil {
			if p, ok := at[m[1]]; ok {
				d, ok := heap[m[1]]
				if !ok || d < 1 {
					d = 1
				}
				set(&p.fn.leaks[p.index][0], d+1)
				p.fn.said[p.index] = true
			}
		} else if m := reNone.FindStringSubmatch(l); m != nil {
			if p, ok := at[m[1]]; ok {
				p.fn.said[p.index] = true
			}
		}
	}
}

// Keep the fewest dereferences: v is derefs+1, 0 for none.
func set(slot *int, v int) {
	if *slot == 0 || v < *slot {
		*slot = v
	}
}

// gccgo's encoding of an assembler name component (see core/exportdata.c).
func encode(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '_':
			b.WriteString("__")
		case r == '.':
			b.WriteString("_0")
		case r == '/':
			b.WriteString("_1")
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' && i > 0):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, "_x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "_u%04x", r)
		default:
			fmt.Fprintf(&b, "_U%08x", r)
		}
	}
	return b.String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdtags:", err)
		os.Exit(1)
	}
}
