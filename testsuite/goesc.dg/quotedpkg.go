// Two imported packages of one name (text/template, html/template): gc
// writes their types with the quoted path.
// Expected lines: gc 1.19 -m -l.
package p

import (
	htemplate "html/template"
	"text/template"
)

var sink interface{}

func f() {
	sink = template.Template{}
	sink = htemplate.Template{}
	sink = template.ExecError{}
}
// { dg-message {2: "text/template".Template{} escapes to heap} "" { target *-*-* } 14 }
// { dg-message {2: "html/template".Template{} escapes to heap} "" { target *-*-* } 15 }
// { dg-message {2: "text/template".ExecError{} escapes to heap} "" { target *-*-* } 16 }
