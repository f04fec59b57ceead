package com.mindmusclecoach.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of APL's data-binding language to check the documents under src/main/resources/apl the way a
 * device reads them: {@code ${...}} expressions with numbers, strings, symbols and their properties, the
 * arithmetic, comparison, logical and conditional operators, and the few functions the documents call
 * ({@link #FUNCTIONS}). Anything else is refused, so a document can use nothing these tests cannot read; a
 * symbol or property that is not bound is an error, not an empty string as on a device.
 */
final class AplExpressions {

    /** A parsed expression, read against the symbols in scope. */
    interface Expression {
        Object value(Map<String, Object> scope);
    }

    private static final Pattern EMBEDDED = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?|'[^']*'|\"[^\"]*\"|[A-Za-z_]\\w*|==|!=|<=|>=|&&|\\|\\||[-+*/%!<>?:(),.])");
    private static final Map<String, Function<List<Object>, Object>> FUNCTIONS = Map.of(
            "Math.max", args -> args.stream().mapToDouble(AplExpressions::number).max().orElseThrow(),
            "Math.min", args -> args.stream().mapToDouble(AplExpressions::number).min().orElseThrow(),
            "Math.floor", args -> Math.floor(number(only(args))),
            "Time.format", args -> timeFormat(text(args.get(0)), number(args.get(1))));

    private AplExpressions() {
    }

    /** Every {@code ${...}} in {@code text}, parsed; throws when one is not well-formed. */
    static List<Expression> parseAll(String text) {
        List<Expression> all = new ArrayList<>();
        Matcher m = EMBEDDED.matcher(text);
        while (m.find()) {
            all.add(parse(m.group(1)));
        }
        return all;
    }

    /** A property's value: a lone {@code ${...}} keeps its type, anything around it makes a string. */
    static Object evaluate(String text, Map<String, Object> scope) {
        Matcher m = EMBEDDED.matcher(text);
        if (m.matches()) {
            return parse(m.group(1)).value(scope);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        m.reset();
        while (m.find()) {
            out.append(text, at, m.start()).append(text(parse(m.group(1)).value(scope)));
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }

    static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        return value != null && !(value instanceof String s && s.isEmpty());
    }

    static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    static Expression parse(String source) {
        Parser parser = new Parser(tokens(source), source);
        Expression expression = parser.conditional();
        if (parser.at < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.at) + "' in ${" + source + "}");
        }
        return expression;
    }

    private static List<String> tokens(String source) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        int at = 0;
        while (at < source.length() && !source.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read ${" + source + "} at " + at);
            }
            tokens.add(m.group(1));
            at = m.end();
        }
        return tokens;
    }

    private static final class Parser {
        final List<String> tokens;
        final String source;
        int at;

        Parser(List<String> tokens, String source) {
            this.tokens = tokens;
            this.source = source;
        }

        boolean accept(String token) {
            if (at < tokens.size() && tokens.get(at).equals(token)) {
                at++;
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!accept(token)) {
                throw new IllegalArgumentException("expected '" + token + "' in ${" + source + "}");
            }
        }

        String next() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("${" + source + "} ends too soon");
            }
            return tokens.get(at++);
        }

        Expression conditional() {
            Expression test = binary(0);
            if (!accept("?")) {
                return test;
            }
            Expression then = conditional();
            expect(":");
            Expression otherwise = conditional();
            return scope -> truthy(test.value(scope)) ? then.value(scope) : otherwise.value(scope);
        }

        private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("==", "!="),
                List.of("<", "<=", ">", ">="), List.of("+", "-"), List.of("*", "/", "%"));

        Expression binary(int level) {
            if (level == LEVELS.size()) {
                return unary();
            }
            Expression left = binary(level + 1);
            while (at < tokens.size() && LEVELS.get(level).contains(tokens.get(at))) {
                String operator = next();
                Expression l = left;
                Expression r = binary(level + 1);
                left = scope -> operate(operator, l, r, scope);
            }
            return left;
        }

        Expression unary() {
            if (accept("!")) {
                Expression operand = unary();
                return scope -> !truthy(operand.value(scope));
            }
            if (accept("-")) {
                Expression operand = unary();
                return scope -> -number(operand.value(scope));
            }
            return postfix();
        }

        Expression postfix() {
            String token = next();
            if (token.equals("(")) {
                Expression inner = conditional();
                expect(")");
                return inner;
            }
            if (Character.isDigit(token.charAt(0))) {
                double value = Double.parseDouble(token);
                return scope -> value;
            }
            if (token.startsWith("'") || token.startsWith("\"")) {
                String value = token.substring(1, token.length() - 1);
                return scope -> value;
            }
            if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
                throw new IllegalArgumentException("unexpected '" + token + "' in ${" + source + "}");
            }
            switch (token) {
                case "true":
                    return scope -> true;
                case "false":
                    return scope -> false;
                case "null":
                    return scope -> null;
                default:
                    break;
            }
            List<String> path = new ArrayList<>(List.of(token));
            while (accept(".")) {
                path.add(next());
            }
            if (accept("(")) {
                String name = String.join(".", path);
                Function<List<Object>, Object> function = FUNCTIONS.get(name);
                if (function == null) {
                    throw new IllegalArgumentException("no function " + name + " in these tests, in ${" + source + "}");
                }
                List<Expression> args = new ArrayList<>();
                if (!accept(")")) {
                    do {
                        args.add(conditional());
                    } while (accept(","));
                    expect(")");
                }
                return scope -> function.apply(args.stream().map(a -> a.value(scope)).toList());
            }
            return scope -> lookUp(path, scope);
        }
    }

    private static Object lookUp(List<String> path, Map<String, Object> scope) {
        Object at = scope;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new IllegalArgumentException(String.join(".", path) + " is not bound");
            }
            at = map.get(key);
        }
        return at instanceof Number n ? (Object) n.doubleValue() : at;
    }

    private static Object operate(String operator, Expression left, Expression right, Map<String, Object> scope) {
        switch (operator) {
            case "&&": {
                Object l = left.value(scope);
                return truthy(l) ? right.value(scope) : l;
            }
            case "||": {
                Object l = left.value(scope);
                return truthy(l) ? l : right.value(scope);
            }
            default:
                break;
        }
        Object l = left.value(scope);
        Object r = right.value(scope);
        return switch (operator) {
            case "==" -> java.util.Objects.equals(l, r);
            case "!=" -> !java.util.Objects.equals(l, r);
            case "<" -> number(l) < number(r);
            case "<=" -> number(l) <= number(r);
            case ">" -> number(l) > number(r);
            case ">=" -> number(l) >= number(r);
            case "+" -> l instanceof String || r instanceof String ? text(l) + text(r) : (Object) (number(l) + number(r));
            case "-" -> number(l) - number(r);
            case "*" -> number(l) * number(r);
            case "/" -> number(l) / number(r);
            case "%" -> number(l) % number(r);
            default -> throw new IllegalStateException(operator);
        };
    }

    private static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static Object only(List<Object> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("one argument expected, got " + args);
        }
        return args.get(0);
    }

    /** The part of APL's {@code Time.format} these documents use: m, mm, s, ss of a duration in milliseconds. */
    private static String timeFormat(String format, double millis) {
        long seconds = (long) Math.floor(millis / 1000);
        Matcher m = Pattern.compile("m{1,2}|s{1,2}|[A-Za-z]+|[^A-Za-z]+").matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group();
            out.append(switch (part) {
                case "m" -> Long.toString(seconds / 60 % 60);
                case "mm" -> String.format(Locale.ROOT, "%02d", seconds / 60 % 60);
                case "s" -> Long.toString(seconds % 60);
                case "ss" -> String.format(Locale.ROOT, "%02d", seconds % 60);
                default -> {
                    if (Character.isLetter(part.charAt(0))) {
                        throw new IllegalArgumentException("Time.format '" + part + "' is not read by these tests");
                    }
                    yield part;
                }
            });
        }
        return out.toString();
    }
}
