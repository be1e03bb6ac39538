// tokenizer.go -- the allocation shapes of bench/programs/tokenizer.c: the
// lexer returns each token as a fresh object with a fresh copy of its
// text; the parser keeps the current token in its state and drops it when
// it advances.

package main

type Token struct {
	kind  int
	text  []byte
	value int64
	line  int
}

type Lexer struct {
	src  string
	pos  int
	line int
}

type Parser struct {
	lx  *Lexer
	cur *Token
}

func makeToken(kind int, text string, line int) *Token {
	t := &Token{kind: kind, line: line}
	t.text = make([]byte, len(text))
	copy(t.text, text)
	return t
}

func (lx *Lexer) next() *Token {
	for lx.pos < len(lx.src) && lx.src[lx.pos] == ' ' {
		lx.pos++
	}
	if lx.pos >= len(lx.src) {
		return makeToken(0, "", lx.line)
	}
	start := lx.pos
	for lx.pos < len(lx.src) && lx.src[lx.pos] != ' ' {
		lx.pos++
	}
	if lx.src[start] == '\n' {
		lx.line++
	}
	return makeToken(1, lx.src[start:lx.pos], lx.line)
}

func (p *Parser) advance() {
	p.cur = p.lx.next()
}

func parseConfig(src string) (keys int, check uint64) {
	lx := Lexer{src: src}
	p := Parser{lx: &lx}
	p.advance()
	for p.cur.kind != 0 {
		keys++
		for _, c := range p.cur.text {
			check = check*31 + uint64(c)
		}
		p.advance()
	}
	return
}
