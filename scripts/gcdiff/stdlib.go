// The -stdlib mode: goesc against gc on Go's standard library, compiled as
// gccgo would compile it.
//
//	gcdiff -stdlib [-m|-m=2] [-j N] [-out DIR] [-plugin SO] [-gccgo CC] [PKG...]
//
// The corpus: every package under GOROOT/src (not cmd, testdata, vendor)
// that libgo has, which is what gccgo builds of it.  Each side compiles
// the files its own build selects (go/build, GOOS/GOARCH of the go
// command, cgo off): gc by `go build -gcflags='-m -l'` of all of them at
// once (cached in DIR/gocache), goesc by one gccgo command per package
// with its import path (-fgo-pkgpath) against libgo's export data, which
// is extracted from libgo.a into DIR/imports once (gccgo installs no
// export data for internal packages).  Lines are compared in the files
// both sides compile.  At -m=2 go/types is left out (its explanations
// are the largest and least telling part).
//
// Output: per package matched, missed (gc only) and extra (goesc only)
// lines, then the totals; the differing lines go to DIR/diff.txt.  PKG
// arguments (import paths, or prefixes ending in "/...") pick packages.
package main

import (
	"bytes"
	"debug/elf"
	"fmt"
	"go/build"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type stdPkg struct {
	path       string
	gcFiles    map[string]bool // as paths relative to GOROOT/src
	gccgoFiles []string
	gc, goesc  []message
	compileErr string
	matched    int
	missed     int
	extra      int
	onlyGC     []message
	onlyGoesc  []message
	leftOutM2  bool
}

// libgoExports writes each package's export data found in libgo.a into
// dir/PATH.gox; returns the set of package paths.
func libgoExports(archive, dir string) (map[string]bool, error) {
	data, err := os.ReadFile(archive)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("!<arch>\n")) {
		return nil, fmt.Errorf("%s: not an archive", archive)
	}
	paths := map[string]bool{}
	for off := 8; off+60 <= len(data); {
		hdr := data[off : off+60]
		size, err := strconv.Atoi(strings.TrimSpace(string(hdr[48:58])))
		if err != nil || off+60+size > len(data) {
			return nil, fmt.Errorf("%s: bad member header at %d", archive, off)
		}
		body := data[off+60 : off+60+size]
		off += 60 + size + size%2
		f, err := elf.NewFile(bytes.NewReader(body))
		if err != nil {
			continue // the symbol table, long names
		}
		sec := f.Section(".go_export")
		if sec == nil {
			continue
		}
		exp, err := io.ReadAll(sec.Open())
		if err != nil {
			continue
		}
		path := ""
		for _, l := range strings.SplitN(string(exp), "\n", 4) {
			if strings.HasPrefix(l, "pkgpath ") {
				path = strings.TrimSuffix(strings.TrimPrefix(l, "pkgpath "), ";")
			}
		}
		if path == "" {
			continue
		}
		out := filepath.Join(dir, path+".gox")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(out, exp, 0o644); err != nil {
			return nil, err
		}
		paths[path] = true
	}
	return paths, nil
}

func libgoArchive(gccgo string) string {
	out, err := exec.Command(gccgo, "-print-file-name=libgo.a").Output()
	if err != nil {
		fatalf("%s -print-file-name=libgo.a: %v", gccgo, err)
	}
	return strings.TrimSpace(string(out))
}

// goFiles: the .go files of dir a build for compiler selects (a GOROOT
// that is not Go's own, so that go/build does not send gccgo's standard
// packages to gccgo's installation).
func goFiles(dir, compiler string) []string {
	ctx := build.Default
	ctx.Compiler = compiler
	ctx.CgoEnabled = false
	ctx.GOROOT = "/nonexistent"
	p, err := ctx.ImportDir(dir, 0)
	if err != nil {
		return nil
	}
	return p.GoFiles
}

func picked(path string, pats []string) bool {
	if len(pats) == 0 {
		return true
	}
	for _, p := range pats {
		if p == path || (strings.HasSuffix(p, "/...") &&
			(path == strings.TrimSuffix(p, "/...") ||
				strings.HasPrefix(path, strings.TrimSuffix(p, "...")))) {
			return true
		}
	}
	return false
}

func stdlibMain(args []string) {
	level, jobs := 1, runtime.NumCPU()
	out := "build/stdlib"
	plugin := "build/goesc.so"
	gccgo := "gccgo-12"
	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	var pats []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		next := func() string {
			if i+1 >= len(args) {
				fatalf("%s needs a value", a)
			}
			i++
			return args[i]
		}
		switch {
		case a == "-m" || a == "-m=1":
			level = 1
		case a == "-m=2":
			level = 2
		case a == "-j":
			n, err := strconv.Atoi(next())
			if err != nil || n < 1 {
				fatalf("-j: not a positive number")
			}
			jobs = n
		case a == "-out":
			out = next()
		case a == "-plugin":
			plugin = next()
		case a == "-gccgo":
			gccgo = next()
		case a == "-go":
			goCmd = next()
		case strings.HasPrefix(a, "-"):
			fatalf("unknown option %s (valid: -m, -m=2, -j, -out, -plugin, -gccgo, -go)", a)
		default:
			pats = append(pats, a)
		}
	}
	out, err := filepath.Abs(out)
	if err != nil {
		fatalf("%v", err)
	}
	if plugin, err = filepath.Abs(plugin); err != nil {
		fatalf("%v", err)
	}
	// a copy, with the std tags it reads from beside itself: a rebuild
	// during the run does not change it
	if err := os.MkdirAll(out, 0o755); err != nil {
		fatalf("%v", err)
	}
	for _, f := range []string{filepath.Base(plugin), "goesc-std.tags"} {
		data, err := os.ReadFile(filepath.Join(filepath.Dir(plugin), f))
		if err == nil {
			err = os.WriteFile(filepath.Join(out, f), data, 0o755)
		}
		if err != nil && f != "goesc-std.tags" {
			fatalf("%v", err)
		}
	}
	plugin = filepath.Join(out, filepath.Base(plugin))
	goroot := strings.TrimSpace(string(run(exec.Command(goCmd, "env", "GOROOT"), "go env")))
	src, err := filepath.EvalSymlinks(filepath.Join(goroot, "src"))
	if err != nil {
		fatalf("%v", err)
	}
	imports := filepath.Join(out, "imports")
	libgo, err := libgoExports(libgoArchive(gccgo), imports)
	if err != nil {
		fatalf("%v", err)
	}

	// the corpus
	var pkgs []*stdPkg
	filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(src, p)
		base := filepath.Base(p)
		if rel == "cmd" || base == "testdata" || base == "vendor" ||
			(rel != "." && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_"))) {
			return filepath.SkipDir
		}
		if !libgo[rel] || !picked(rel, pats) {
			return nil
		}
		pk := &stdPkg{path: rel, gcFiles: map[string]bool{}}
		for _, f := range goFiles(p, "gc") {
			pk.gcFiles[filepath.Join(rel, f)] = true
		}
		for _, f := range goFiles(p, "gccgo") {
			pk.gccgoFiles = append(pk.gccgoFiles, filepath.Join(rel, f))
		}
		if len(pk.gcFiles) > 0 && len(pk.gccgoFiles) > 0 {
			pk.leftOutM2 = level == 2 && rel == "go/types"
			if !pk.leftOutM2 {
				pkgs = append(pkgs, pk)
			}
		}
		return nil
	})
	if len(pkgs) == 0 {
		fatalf("no packages")
	}
	byPath := map[string]*stdPkg{}
	var paths []string
	for _, pk := range pkgs {
		byPath[pk.path] = pk
		paths = append(paths, pk.path)
	}
	mflag := "-m"
	if level == 2 {
		mflag = "-m=2"
	}

	// gc: one go build of them all, from GOROOT/src, whose names are
	// then "strings/strings.go"; its output is cached with the build
	cmd := exec.Command(goCmd, append([]string{"build", "-gcflags=" + mflag + " -l"}, paths...)...)
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=", "GOCACHE="+filepath.Join(out, "gocache"))
	var gcOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &gcOut, &gcOut
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(gcOut.Bytes())
		fatalf("go build: %v", err)
	}
	for _, m := range parse(gcOut.Bytes()) {
		if pk := byPath[filepath.Dir(m.file)]; pk != nil {
			pk.gc = append(pk.gc, m)
		}
	}

	// goesc: one gccgo per package, against libgo's export data
	var wg sync.WaitGroup
	work := make(chan *stdPkg)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pk := range work {
				obj := filepath.Join(out, "obj", pk.path+".o")
				os.MkdirAll(filepath.Dir(obj), 0o755)
				args := []string{"-c", "-O2", "-fplugin=" + plugin,
					"-fplugin-arg-goesc-format=gc", "-fplugin-arg-goesc-m=" + strconv.Itoa(level),
					"-fplugin-arg-goesc-stack=off", "-fgo-pkgpath=" + pk.path,
					"-I", imports, "-o", obj}
				cmd := exec.Command(gccgo, append(args, pk.gccgoFiles...)...)
				cmd.Dir = src
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					pk.compileErr = firstLine(stderr.String(), err)
				}
				pk.goesc = parse(stdout.Bytes())
			}
		}()
	}
	for _, pk := range pkgs {
		work <- pk
	}
	close(work)
	wg.Wait()

	// compare in the files both compile (the parameters' positions are
	// read from the files, by the names relative to GOROOT/src)
	if err := os.Chdir(src); err != nil {
		fatalf("%v", err)
	}
	both := func(pk *stdPkg, ms []message) []message {
		var r []message
		for _, m := range ms {
			if pk.gcFiles[m.file] {
				r = append(r, m)
			}
		}
		return r
	}
	var total row
	failed := 0
	fmt.Printf("%-32s %8s %8s %8s %7s\n", "package", "matched", "missed", "extra", "exact")
	for _, pk := range pkgs {
		gccgoSet := map[string]bool{}
		for _, f := range pk.gccgoFiles {
			gccgoSet[f] = true
		}
		for f := range pk.gcFiles {
			if !gccgoSet[f] {
				delete(pk.gcFiles, f)
			}
		}
		if pk.compileErr != "" {
			failed++
			fmt.Printf("%-32s did not compile: %s\n", pk.path, pk.compileErr)
			continue
		}
		rows, onlyGC, onlyGoesc := compare(both(pk, pk.gc), both(pk, pk.goesc))
		for _, r := range rows {
			pk.matched += r.matched
			pk.missed += r.onlyGC
			pk.extra += r.onlyGoesc
		}
		pk.onlyGC, pk.onlyGoesc = onlyGC, onlyGoesc
		total.matched += pk.matched
		total.onlyGC += pk.missed
		total.onlyGoesc += pk.extra
		fmt.Printf("%-32s %8d %8d %8d %7s\n", pk.path, pk.matched, pk.missed, pk.extra,
			percent(pk.matched, pk.matched+pk.missed))
	}
	fmt.Printf("%-32s %8d %8d %8d %7s\n", "total", total.matched, total.onlyGC, total.onlyGoesc,
		percent(total.matched, total.matched+total.onlyGC))
	fmt.Printf("stdlib: %d packages (%d did not compile), -m=%d: %s of gc's lines exact, extra %s\n",
		len(pkgs), failed, level, percent(total.matched, total.matched+total.onlyGC),
		percent(total.onlyGoesc, total.matched+total.onlyGC))

	var diff strings.Builder
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].path < pkgs[j].path })
	for _, pk := range pkgs {
		byPos(pk.onlyGC)
		byPos(pk.onlyGoesc)
		for _, m := range pk.onlyGC {
			fmt.Fprintf(&diff, "- %s\n", m.raw)
		}
		for _, m := range pk.onlyGoesc {
			fmt.Fprintf(&diff, "+ %s\n", m.raw)
		}
	}
	name := filepath.Join(out, fmt.Sprintf("diff-m%d.txt", level))
	if err := os.WriteFile(name, []byte(diff.String()), 0o644); err != nil {
		fatalf("%v", err)
	}
	fmt.Printf("differing lines: %s\n", name)
}

func percent(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// firstLine: the compiler's first error, else its last line.
func firstLine(s string, err error) string {
	last := ""
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "error") {
			return strings.TrimSpace(l)
		}
		if strings.TrimSpace(l) != "" {
			last = strings.TrimSpace(l)
		}
	}
	if last != "" {
		return last
	}
	return err.Error()
}
