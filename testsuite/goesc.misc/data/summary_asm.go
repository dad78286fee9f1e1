package summary_asm

// Clear and Keep are written in assembly (not here: the package is only
// compiled).  Importers learn of //go:noescape from the summary alone.
//
//go:noescape
func Clear(p *int)

func Keep(p *int)
