package cli

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"sportello/internal/kiosk"
	"sportello/internal/staff"
)

func (r *run) staff(args []string) error {
	if len(args) == 0 || args[0] != "add" {
		return r.badUsage("uso: sportello staff add UTENTE --role operator|editor|admin [--password-stdin]",
			"usage: sportello staff add USER --role operator|editor|admin [--password-stdin]")
	}
	fs := r.flags("staff add")
	role := fs.String("role", "", "operator|editor|admin")
	fromStdin := fs.Bool("password-stdin", false, r.say("legge la password una volta dallo standard input", "read the password once from standard input"))
	pos, err := parseFlags(fs, args[1:])
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello staff add UTENTE --role operator|editor|admin [--password-stdin]",
			"usage: sportello staff add USER --role operator|editor|admin [--password-stdin]")
	}
	rl, err := staff.ParseRole(*role)
	if err != nil {
		return err
	}
	secret, err := r.readSecret(*fromStdin)
	if err != nil {
		return err
	}
	if err := staff.CheckSecret(secret); err != nil {
		return err
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	if err := (&staff.Service{Store: db, Now: time.Now}).Add(pos[0], rl, secret, r.who()); err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Utente %s creato con ruolo %s.\n", "User %s created with role %s.\n"), pos[0], rl)
	return nil
}

// readSecret reads the password or PIN: twice, without echo, from a
// terminal; once from standard input with --password-stdin; twice, a line
// each, from anything else.
func (r *run) readSecret(once bool) (string, error) {
	in := bufio.NewReader(r.Stdin)
	read := func(prompt string) (string, error) {
		if f, ok := r.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !once {
			fmt.Fprint(r.Stderr, prompt)
			b, err := term.ReadPassword(int(f.Fd()))
			fmt.Fprintln(r.Stderr)
			return string(b), err
		}
		line, err := in.ReadString('\n')
		if err != nil && line == "" {
			return "", kiosk.NewError(kiosk.Invalid, "Manca la password.", "The password is missing.")
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	first, err := read(r.say("Password o PIN: ", "Password or PIN: "))
	if err != nil || once {
		return first, err
	}
	second, err := read(r.say("Di nuovo: ", "Again: "))
	if err != nil {
		return "", err
	}
	if first != second {
		return "", kiosk.NewError(kiosk.Invalid, "Le due password non coincidono.", "The two passwords differ.")
	}
	return first, nil
}
