/*
 * The Guard rule language (cfn-guard 3.x).
 *
 * The reference implementation parses with hand-written parser combinators over raw characters, so
 * the language has a few whitespace-sensitive spots. Those the lexer can decide locally are decided
 * here by predicates on the next character (a keyword such as `not` or `some` only counts as one when
 * whitespace follows it). The remaining ones depend on the gap between two tokens (for instance
 * `[x]` selects list elements while `[ x ]` selects map values) and are checked by the AST builder in
 * guard-core, which sees the hidden whitespace and comment tokens. The alternatives below are listed
 * in the order in which the reference tries them, so that ANTLR resolves an ambiguity the same way.
 */
grammar Guard;

@lexer::members {
    private boolean nextIsBlank() {
        int c = _input.LA(1);
        return c == ' ' || c == '\t';
    }

    private boolean startsWithAsciiDigit() {
        int first = _input.LA(_tokenStartCharIndex - _input.index());
        return first >= '0' && first <= '9';
    }

    private boolean nextIsSpaceOrComment() {
        int c = _input.LA(1);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#';
    }
}

// ---------------------------------------------------------------------------------------------
// File structure
// ---------------------------------------------------------------------------------------------

rulesFile
    : topLevel* EOF
    ;

topLevel
    : assignment                                    # topAssignment
    | parameterizedRule                             # topParameterizedRule
    | ruleDeclaration                               # topRule
    | typeBlock (orJoin typeBlock)*                 # topTypeBlocks
    | ruleWhenBlock                                 # topWhenBlock
    | nonWhenClause (orJoin clause)*                # topClauses
    ;

assignment
    : LET name (EQUALS | ASSIGN) letValue
    ;

ruleDeclaration
    : RULE name (WHEN conditions)? LBRACE ruleBodyItem+ RBRACE
    ;

parameterizedRule
    : RULE name LPAREN name (COMMA name)* RPAREN LBRACE ruleBodyItem+ RBRACE
    ;

ruleBodyItem
    : assignment
    | ruleClause (orJoin ruleClause)*
    ;

ruleClause
    : typeBlock
    | ruleWhenBlock
    | nonWhenClause
    | namedRuleReference
    ;

// `when` directly inside a rule (or at file level): its body may name other rules.
ruleWhenBlock
    : WHEN conditions LBRACE whenBodyItem+ RBRACE
    ;

whenBodyItem
    : assignment
    | whenBodyClause (orJoin whenBodyClause)*
    ;

whenBodyClause
    : clause
    | namedRuleReference
    ;

typeBlock
    : TYPE_NAME WHEN conditions LBRACE blockItem+ RBRACE    # typeBlockWithConditions
    | TYPE_NAME LBRACE blockItem+ RBRACE                    # typeBlockWithBody
    | TYPE_NAME nonWhenClause                               # typeBlockSingleClause
    ;

// The body of a type block, block clause or nested `when`: assignments and clauses, no rule names.
blockItem
    : assignment
    | clauseDisjunction
    ;

clauseDisjunction
    : clause (orJoin clause)*
    ;

clause
    : guardWhenBlock
    | nonWhenClause
    ;

guardWhenBlock
    : WHEN conditions LBRACE blockItem+ RBRACE
    ;

nonWhenClause
    : blockClause
    | callClause
    | accessClause
    ;

blockClause
    : blockQuery (negation EMPTY)? LBRACE blockItem+ RBRACE
    ;

callClause
    : negation? functionCall MESSAGE?
    ;

accessClause
    : negation? negatableQuery comparison MESSAGE?
    ;

comparison
    : binaryOperator letValue                       # binaryComparison
    | unaryOperator                                 # unaryComparison
    ;

binaryOperator
    : EQ | NE | GE | LE | GT | LT
    | negation? IN
    ;

unaryOperator
    : negation? (EXISTS | EMPTY | IS_STRING | IS_LIST | IS_STRUCT | IS_BOOL | IS_INT | IS_FLOAT | IS_NULL)
    ;

negation
    : NOT
    | BANG
    ;

namedRuleReference
    : negation? ruleName MESSAGE?
    ;

// `when` conditions: clauses in conjunctive normal form, ended by the block's `{`.
conditions
    : conditionDisjunction+
    ;

conditionDisjunction
    : condition (orJoin condition)*
    ;

condition
    : accessClause
    | callClause
    | namedRuleReference
    ;

orJoin
    : OR
    | OR_BARS
    ;

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

// After an optional `not`, which the reference always takes when it can.
negatableQuery
    : SOME blockQueryHead queryPart*
    | negatableQueryHead queryPart*
    ;

blockQuery
    : SOME? blockQueryHead queryPart*
    ;

// Where a literal is tried first: a leading string, boolean or null is always a literal.
valueFirstQuery
    : SOME? valueFirstQueryHead queryPart*
    ;

negatableQueryHead
    : THIS | VAR | STRING | IDENT | plainKeyword | TRUE | FALSE | NULL
    ;

blockQueryHead
    : negatableQueryHead
    | NOT
    ;

valueFirstQueryHead
    : THIS | VAR | IDENT | plainKeyword | NOT
    ;

queryPart
    : DOT (INT | FLOAT | name | STRING | VAR | STAR)                        # dottedPart
    | LBRACKET STAR RBRACKET                                                # allIndicesPart
    | LBRACKET name RBRACKET                                                # namedBracketPart
    | LBRACKET INT RBRACKET                                                 # indexPart
    | LBRACKET STRING RBRACKET                                              # quotedKeyPart
    | LBRACKET (name BAR)? KEYS keyOperator keyComparand RBRACKET           # mapKeyFilterPart
    | LBRACKET (name BAR)? clauseDisjunction+ RBRACKET                      # filterPart
    ;

keyOperator
    : EQ
    | NE
    | negation? IN
    ;

keyComparand
    : literal
    | valueFirstQuery
    ;

// ---------------------------------------------------------------------------------------------
// Values and calls
// ---------------------------------------------------------------------------------------------

letValue
    : literal
    | functionCall
    | valueFirstQuery
    ;

functionCall
    : name LPAREN letValue (COMMA letValue)* RPAREN
    ;

literal
    : NULL                                          # nullLiteral
    | STRING                                        # stringLiteral
    | FLOAT                                         # floatLiteral
    | INT                                           # intLiteral
    | (TRUE | FALSE)                                # boolLiteral
    | REGEX                                         # regexLiteral
    | RANGE                                         # rangeLiteral
    | LBRACKET (literal (COMMA literal)*)? RBRACKET # listLiteral
    | LBRACE (mapEntry (COMMA mapEntry)*)? RBRACE   # mapLiteral
    ;

mapEntry
    : mapKey COLON literal
    ;

// A bare key is a run of letters, digits, `-` and `_`, possibly lexed as several adjacent tokens.
mapKey
    : STRING
    | (name | INT | BAREWORD)+
    ;

// Names a rule reference may use: `not` followed by a blank is always taken as negation.
ruleName
    : IDENT | plainKeyword | TRUE | FALSE | NULL | SOME | THIS
    ;

name
    : IDENT | plainKeyword | TRUE | FALSE | NULL | NOT | SOME | THIS
    ;

plainKeyword
    : LET | RULE | WHEN | OR | IN | EXISTS | EMPTY | IS_STRING | IS_LIST | IS_STRUCT | IS_BOOL
    | IS_INT | IS_FLOAT | IS_NULL | KEYS
    ;

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

MESSAGE : '<<' .*? '>>' ;

STRING
    : '"' (~["\\] | '\\'+ ~["\\] | '\\'+ '"')* '"'
    | '\'' (~['\\] | '\\'+ ~['\\] | '\\'+ '\'')* '\''
    ;

// A slash inside a regex is escaped with a backslash; the reference needs text after each one.
REGEX : '/' (~[/]* '\\' '/')* ~[/]* ~[/\\] '/' ;

// `r(1,10]` and friends; a bound is a number or any one character.
RANGE : 'r' [([] [ \t]* RANGE_BOUND [ \t]* ',' [ \t]* RANGE_BOUND [ \t]* [)\]] ;

TYPE_NAME
    : TYPE_PART '::' TYPE_PART ('::' TYPE_PART ('::MODULE')?)? {nextIsSpaceOrComment()}?
    ;

VAR : '%' [a-zA-Z] WORD_CHAR* ;

// The reference reads `1.5e` as a broken number rather than as `1.5` followed by a name.
BROKEN_FLOAT : DIGITS '.' DIGITS [eE] [+-]? ;
FLOAT
    : DIGITS '.' DIGITS ([eE] [+-]? DIGITS)?
    | DIGITS [eE] [+-] DIGITS
    ;
INT : '-'? DIGITS ;

LET       : 'let' {nextIsSpaceOrComment()}? ;
RULE      : 'rule' {nextIsSpaceOrComment()}? ;
WHEN      : ('when' | 'WHEN') {nextIsSpaceOrComment()}? ;
OR        : ('or' | 'OR') {nextIsSpaceOrComment()}? ;
OR_BARS   : '|OR|' {nextIsSpaceOrComment()}? ;
NOT       : ('not' | 'NOT') {nextIsBlank()}? ;
SOME      : ('some' | 'SOME') {nextIsSpaceOrComment()}? ;
IN        : 'in' | 'IN' ;
EXISTS    : 'exists' | 'EXISTS' ;
EMPTY     : 'empty' | 'EMPTY' ;
IS_STRING : 'is_string' | 'IS_STRING' ;
IS_LIST   : 'is_list' | 'IS_LIST' ;
IS_STRUCT : 'is_struct' | 'IS_STRUCT' ;
IS_BOOL   : 'is_bool' | 'IS_BOOL' ;
IS_INT    : 'is_int' | 'IS_INT' ;
IS_FLOAT  : 'is_float' | 'IS_FLOAT' ;
IS_NULL   : 'is_null' | 'IS_NULL' ;
KEYS      : 'keys' | 'KEYS' ;
THIS      : 'this' | 'THIS' ;
TRUE      : 'true' | 'True' ;
FALSE     : 'false' | 'False' ;
NULL      : 'null' | 'NULL' ;

IDENT : [a-zA-Z] WORD_CHAR* ;

// Only map keys use these: words with a dash, or starting with `_` or a non-ASCII letter or digit.
BAREWORD
    : (WORD_CHAR | '-')* '-' (WORD_CHAR | '-')*
    | WORD_CHAR+ {!startsWithAsciiDigit()}?
    ;

EQ       : '==' ;
NE       : '!=' ;
GE       : '>=' ;
LE       : '<=' ;
GT       : '>' ;
LT       : '<' ;
BANG     : '!' ;
ASSIGN   : ':=' ;
EQUALS   : '=' ;
COLON    : ':' ;
COMMA    : ',' ;
DOT      : '.' ;
STAR     : '*' ;
BAR      : '|' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;

COMMENT : '#' ~[\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n]+ -> channel(HIDDEN) ;

fragment DIGITS    : [0-9]+ ;
fragment WORD_CHAR : [\p{Alphabetic}\p{N}_] ;
fragment TYPE_PART : [a-zA-Z] WORD_CHAR* ;
fragment RANGE_BOUND
    : DIGITS '.' DIGITS ([eE] [+-]? DIGITS)?
    | DIGITS [eE] [+-] DIGITS
    | '-'? DIGITS
    | ~[ \t]
    ;
