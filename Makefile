# goesc: escape analysis for gccgo, as a GCC plugin.
#
#   make                 build build/goesc.so
#   make check           unit tests + DejaGnu testsuite, ends with "N passed, N failed"
#   make unit            the C unit tests of the analysis core only
#   make layers          the core's shape: no cycle of files calling each
#                        other, no source file over 1,500 lines
#   make example         run the plugin on the bundled examples
#   make stress          Go 1.19's test tree with and without the plugin
#   make memcheck        valgrind and sanitizers (make valgrind, make asan)
#   make bench           compile-time overhead and scaling of the plugin
#   make run-tests       Go 1.19's test/*.go run tests with the stack transform
#   make allocs          allocs/op of Debian Go packages' benchmarks: gccgo,
#                        gccgo + plugin, gc
#   make allocsites      heap-allocation call sites left in the optimized
#                        GIMPLE, gccgo vs gccgo + plugin
#   make std-tags        regenerate data/goesc-std.tags, gc's escape tags
#                        for the standard library, from gc 1.19
#   make install         goesc.so into GCC's plugin directory (so that
#                        -fplugin=goesc finds it), the driver scripts/goesc
#                        into $(PREFIX)/bin; PREFIX (/usr/local), DESTDIR
#   make uninstall       remove both
#
# The GCC that gccgo uses is the one we build against (its plugin
# headers, version and target are gccgo's); override with
#   make GCC=gcc-13 GXX=g++-13 GCCGO=gccgo-13
# GO is gc, the reference (passed on to the scripts).

GCC    ?= gcc-12
GXX    ?= g++-12
GCCGO  ?= gccgo-12
GO     ?= /usr/lib/go-1.19/bin/go
export GO

BUILD  := build
PLUGIN := $(BUILD)/goesc.so
# gc's tags for the standard library, read from beside the plugin
STD_TAGS := $(BUILD)/goesc-std.tags

PLUGIN_INC := $(shell $(GCCGO) -print-file-name=plugin)/include
GO_VERSION := $(shell $(GCCGO) -dumpversion)
GO_TARGET  := $(shell $(GCCGO) -dumpmachine)

WARN     := -Wall -Wextra
CFLAGS   ?= -O2 -g
# -fvisibility=hidden: goesc.so exports plugin_init and
# plugin_is_GPL_compatible only (its xmalloc & co. must not bind to cc1's)
CORE_CFLAGS   := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) -fPIC \
                 -fvisibility=hidden -Icore
# each object's header dependencies, from the compiler (-MMD)
DEPFLAGS      := -MMD -MP
PLUGIN_CFLAGS := -std=gnu++11 $(WARN) $(CFLAGS) -fPIC -fvisibility=hidden \
                 -fno-rtti -fno-exceptions \
                 -I$(PLUGIN_INC) -Icore \
                 -DGOESC_GO_VERSION='"$(GO_VERSION)"' -DGOESC_TARGET='"$(GO_TARGET)"'

CORE_SRC   := $(wildcard core/*.c)
CORE_OBJ   := $(CORE_SRC:core/%.c=$(BUILD)/core/%.o)
PLUGIN_SRC := $(wildcard plugin/*.c)
PLUGIN_OBJ := $(PLUGIN_SRC:plugin/%.c=$(BUILD)/plugin/%.o)
UNIT_SRC   := $(wildcard testsuite/unit/test_*.c)
UNIT_BIN   := $(UNIT_SRC:testsuite/unit/%.c=$(BUILD)/unit/%)

.PHONY: all stdlib unit layers check example clean conformance stress memcheck valgrind asan bench install uninstall std-tags \
	run-tests allocs allocsites
all: $(PLUGIN) $(STD_TAGS)

$(STD_TAGS): data/goesc-std.tags
	@mkdir -p $(@D)
	cp $< $@

# Rebuilds the standard library with gc (-m=2, about a minute) and maps its
# parameter messages to functions (scripts/stdtags/main.go).
std-tags:
	$(GO) run scripts/stdtags/main.go -o data/goesc-std.tags

$(BUILD)/core/%.o: core/%.c
	@mkdir -p $(@D)
	$(GCC) $(CORE_CFLAGS) $(DEPFLAGS) -c $< -o $@

# The GCC-facing code: plain C style, compiled as C++ because GCC's headers are C++.
$(BUILD)/plugin/%.o: plugin/%.c
	@mkdir -p $(@D)
	$(GXX) -x c++ $(PLUGIN_CFLAGS) $(DEPFLAGS) -c $< -o $@

-include $(CORE_OBJ:.o=.d) $(PLUGIN_OBJ:.o=.d)

$(PLUGIN): $(PLUGIN_OBJ) $(CORE_OBJ)
	$(GXX) -shared -o $@ $^

$(BUILD)/unit/%: testsuite/unit/%.c $(CORE_OBJ) testsuite/unit/check.h
	@mkdir -p $(@D)
	$(GCC) $(CORE_CFLAGS) -Itestsuite/unit $< $(CORE_OBJ) -o $@

unit: $(UNIT_BIN)
	@scripts/run-unit $(UNIT_BIN)

layers: $(CORE_OBJ)
	@scripts/layers -v

check:
	@scripts/check

example:
	@scripts/example

# Go's test/escape*.go scored as Go's test/run.go scores gc; pass runner
# options with CONFORMANCE_ARGS, e.g. make conformance CONFORMANCE_ARGS=-v
conformance: $(PLUGIN)
	@scripts/conformance.sh -cc $(GCCGO) -plugin $(PLUGIN) $(CONFORMANCE_ARGS)

# Every .go file of Go 1.19's test tree compiled with and without the
# plugin: no crash, no new diagnostic, identical objects.  A fixed sample:
# make stress STRESS_SAMPLE=200; runner options: STRESS_ARGS="-j 4 -v"
stress: $(PLUGIN)
	@scripts/stress $(STRESS_ARGS)

# The unit tests under valgrind and with ASan/UBSan, go1 with the plugin
# under valgrind on the testsuite's Go files (scripts/memcheck).
memcheck valgrind: $(PLUGIN)
	@scripts/memcheck

asan:
	@scripts/memcheck asan

# Compile-time overhead on Debian's Go packages, and time per statement
# on generated functions of 1k to 64k statements (scripts/bench).
bench: $(PLUGIN)
	@scripts/bench $(BENCH_ARGS)

# Go 1.19's `// run` test programs compiled with the plugin's stack
# transform (stack=on and stack=check) and run under GOGC=1; every test
# that passes without the plugin must pass with it (scripts/run-tests).
# Other configurations: RUNTESTS_CONFIGS="stack=off m=0,stack=on"; a
# sample: RUNTESTS_SAMPLE=100; runner options: RUNTESTS_ARGS="-j 4 -v"
run-tests: $(PLUGIN) $(STD_TAGS)
	@scripts/run-tests $(RUNTESTS_ARGS)

# allocs/op of the benchmarks of Debian's Go packages, gccgo-12 -O2 without
# and with the plugin, and gc (scripts/allocs); fails where the plugin
# allocates more.  Plugin flags: ALLOCS_PLUGIN_FLAGS="-fplugin=$(CURDIR)/build/goesc.so ...";
# runner options: ALLOCS_ARGS="-n 3"
allocs: $(PLUGIN) $(STD_TAGS)
	@scripts/allocs $(ALLOCS_ARGS)

# Heap-allocation call sites in the optimized GIMPLE of the same packages,
# without and with the plugin (scripts/allocsites); fails on any package and
# kind with more sites.  Plugin flags: ALLOCSITES_PLUGIN_FLAGS; options:
# ALLOCSITES_ARGS="-v"
allocsites: $(PLUGIN) $(STD_TAGS)
	@scripts/allocsites $(ALLOCSITES_ARGS)

stdlib: $(PLUGIN) $(STD_TAGS)
	@scripts/stdlib

# The installed driver runs the gccgo it was installed for.
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
PLUGIN_DIR := $(shell $(GCC) -print-file-name=plugin)

install: $(PLUGIN) $(STD_TAGS)
	install -d $(DESTDIR)$(PLUGIN_DIR) $(DESTDIR)$(BINDIR)
	install -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/goesc.so
	install -m 644 $(STD_TAGS) $(DESTDIR)$(PLUGIN_DIR)/goesc-std.tags
	sed 's/:-gccgo-12}/:-$(GCCGO)}/' scripts/goesc >$(DESTDIR)$(BINDIR)/goesc
	chmod 755 $(DESTDIR)$(BINDIR)/goesc

uninstall:
	rm -f $(DESTDIR)$(PLUGIN_DIR)/goesc.so $(DESTDIR)$(PLUGIN_DIR)/goesc-std.tags \
	      $(DESTDIR)$(BINDIR)/goesc

clean:
	rm -rf $(BUILD)
