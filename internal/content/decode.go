// Package content reads, checks and writes the content file: the one YAML
// file that holds everything a citizen reads at the kiosk.
package content

import (
	"bytes"
	"encoding"
	"errors"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"sportello/internal/kiosk"
)

// Problem is one thing wrong with a content file, at a line of it.
type Problem struct {
	Line    int
	Path    string // "offices[2].email"; empty when the problem is in the file's shape
	Missing bool   // a required value is not there
	Message kiosk.Text
}

func problemf(line int, it, en string, args ...any) Problem {
	return Problem{Line: line, Message: kiosk.Errorf(kiosk.Invalid, it, en, args...).Message}
}

// decoder fills Go values from YAML nodes strictly: unknown keys and values of
// the wrong shape are problems, each with its line; it records the line of
// every path ("offices[2].email") so that later checks can name lines too.
type decoder struct {
	lines    map[string]int
	problems []Problem
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	d.lines[path] = n.Line
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(textUnmarshaler) {
		if d.expect(n, yaml.ScalarNode, path) {
			if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
				d.problems = append(d.problems, Problem{Line: n.Line, Message: messageOf(err)})
			}
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		if !d.expect(n, yaml.SequenceNode, path) {
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content)))
		for i, item := range n.Content {
			d.decode(item, v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
	case reflect.String:
		if d.expect(n, yaml.ScalarNode, path) {
			v.SetString(n.Value)
		}
	case reflect.Int:
		if d.expect(n, yaml.ScalarNode, path) {
			i, err := strconv.Atoi(n.Value)
			if err != nil {
				d.problems = append(d.problems, problemf(n.Line, "«%s» deve essere un numero intero", "«%s» must be a whole number", n.Value))
			}
			v.SetInt(int64(i))
		}
	case reflect.Bool:
		if d.expect(n, yaml.ScalarNode, path) {
			b, err := strconv.ParseBool(n.Value)
			if err != nil {
				d.problems = append(d.problems, problemf(n.Line, "«%s» deve essere true o false", "«%s» must be true or false", n.Value))
			}
			v.SetBool(b)
		}
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if !d.expect(n, yaml.MappingNode, path) {
		return
	}
	fields := fieldIndex(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		sub := key.Value
		if path != "" {
			sub = path + "." + key.Value
		}
		idx, ok := fields[key.Value]
		switch {
		case !ok:
			d.problems = append(d.problems, problemf(key.Line, "campo sconosciuto «%s»", "unknown field «%s»", key.Value))
		case seen[key.Value]:
			d.problems = append(d.problems, problemf(key.Line, "il campo «%s» è ripetuto", "the field «%s» appears twice", key.Value))
		default:
			seen[key.Value] = true
			d.decode(val, v.Field(idx), sub)
			d.lines[sub] = key.Line
		}
	}
}

var nodeNames = map[yaml.Kind]kiosk.Text{
	yaml.ScalarNode:   kiosk.T("un valore semplice", "a plain value"),
	yaml.SequenceNode: kiosk.T("un elenco", "a list"),
	yaml.MappingNode:  kiosk.T("un insieme di campi", "a set of fields"),
}

func (d *decoder) expect(n *yaml.Node, kind yaml.Kind, path string) bool {
	if n.Kind == kind {
		return true
	}
	name := nodeNames[kind]
	field := path[strings.LastIndexByte(path, '.')+1:]
	d.problems = append(d.problems, problemf(n.Line, "«%s» deve essere "+name.It, "«%s» must be "+name.En, field))
	return false
}

// fieldIndex maps the YAML names of a struct's fields to their index.
func fieldIndex(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	return m
}

func messageOf(err error) kiosk.Text {
	var e *kiosk.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return kiosk.T(err.Error(), err.Error())
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// syntaxProblem turns a YAML parser error into a problem at the line where
// the text stops being YAML. The parser's own line often names the start of
// the enclosing block instead, so the line is found as the shortest prefix of
// the file that no longer parses.
func syntaxProblem(data []byte, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimLeft(yamlLine.ReplaceAllString(msg, ""), ": ")
	return problemf(firstBadLine(data), "YAML non valido: %s", "malformed YAML: %s", msg)
}

func firstBadLine(data []byte) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	parses := func(n int) bool {
		var node yaml.Node
		return yaml.Unmarshal(bytes.Join(lines[:n], nil), &node) == nil
	}
	lo, hi := 0, len(lines) // the first lo lines parse; all hi do not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if parses(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// line returns the line of path, or of the nearest enclosing path that has one.
func (d *decoder) line(path string) int {
	for path != "" {
		if l, ok := d.lines[path]; ok {
			return l
		}
		cut := strings.LastIndexAny(path, ".[")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return 1
}
