package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/urfave/cli/v2"

	"github.com/coophive/coophive/node"
)

// version is the release, set at link time: go build -ldflags "-X main.version=v1.2.3".
var version = "dev"

// printVersion prints the build, one "key: value" line per field (node.Build).
func printVersion(c *cli.Context) {
	b, err := node.ReadBuild(version)
	if err != nil {
		cli.HandleExitCoder(cli.Exit("coophive: "+err.Error(), 1))
		return
	}
	fmt.Fprint(c.App.Writer, b)
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the release, commit, Go version and the Market bytecode's hash (as --version does)",
		Action: func(c *cli.Context) error {
			printVersion(c)
			return nil
		},
	}
}

// devPrivateKeysFlag is the only way a keys command prints a raw private key.
const devPrivateKeysFlag = "print-private-keys-for-development"

// keysPassphraseFlag is the keys commands' --passphrase-file: the node's flag, read the same way.
func keysPassphraseFlag() cli.Flag {
	return &cli.StringFlag{Name: "passphrase-file", Usage: "file holding the keystore's passphrase (default: the systemd credential " + CredentialName + ")",
		EnvVars: []string{"COOPHIVE_PASSPHRASE_FILE"}}
}

func keysFlags() []cli.Flag {
	return []cli.Flag{keysPassphraseFlag(),
		&cli.BoolFlag{Name: "dev", Usage: "keys for a dev chain (chain id 1337 or 31337): an empty passphrase is allowed"},
		&cli.BoolFlag{Name: devPrivateKeysFlag, Usage: "also print the raw private keys (never for a real network)"},
	}
}

func keysCommand() *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "make and read node keystores (go-ethereum keystore files, mode 0600)",
		Subcommands: []*cli.Command{{
			Name:  "new",
			Usage: "write one keystore with a fresh key and print its address and libp2p peer id",
			Flags: append(keysFlags(), &cli.StringFlag{Name: "out", Usage: "the keystore file to write (never overwritten); a node reads DATA_DIR/" + node.KeyFile, Required: true}),
			Action: func(c *cli.Context) error {
				pass, err := keysPassphrase(c)
				if err != nil {
					return err
				}
				id, err := node.NewKeystore(c.String("out"), pass)
				if err != nil {
					return err
				}
				node.WriteIdentity(os.Stdout, id, c.Bool(devPrivateKeysFlag))
				return nil
			},
		}, {
			Name: "generate",
			Usage: "write a keystore per role (DIR/ROLE.json) and print each role's address and peer id, " +
				"then the export lines of a network file",
			Flags: append(keysFlags(),
				&cli.StringSliceFlag{Name: "roles", Value: cli.NewStringSlice(node.KeyRoles...), Usage: "roles, comma-separated"},
				&cli.StringFlag{Name: "out", Usage: "the directory to write the keystores to (created 0700; no file in it is overwritten)", Required: true}),
			Action: func(c *cli.Context) error {
				roles, err := node.ParseKeyRoles(c.StringSlice("roles"))
				if err != nil {
					return fmt.Errorf("--roles: %w", err)
				}
				pass, err := keysPassphrase(c)
				if err != nil {
					return err
				}
				ids, err := node.GenerateKeystores(c.String("out"), roles, pass)
				if err != nil {
					return err
				}
				node.WriteIdentities(os.Stdout, ids, c.Bool(devPrivateKeysFlag))
				fmt.Println()
				node.WriteExports(os.Stdout, ids)
				return nil
			},
		}, {
			Name:      "inspect",
			Usage:     "unlock a keystore and print its address and libp2p peer id",
			ArgsUsage: "FILE",
			Flags:     []cli.Flag{keysPassphraseFlag()},
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return errors.New("keys inspect takes one keystore FILE")
				}
				pass, err := passphrase(c)
				if err != nil {
					return err
				}
				id, err := node.InspectKeystore(c.Args().First(), pass)
				if errors.Is(err, keystore.ErrDecrypt) && pass == "" {
					return fmt.Errorf("%w (no passphrase given: pass --passphrase-file FILE)", err)
				}
				if err != nil {
					return err
				}
				node.WriteIdentity(os.Stdout, id, false)
				return nil
			},
		}},
	}
}

// keysPassphrase is the passphrase a new keystore is encrypted with: refused empty, as a
// node refuses it, except for a dev chain (--dev).
func keysPassphrase(c *cli.Context) (string, error) {
	pass, err := passphrase(c)
	if err != nil {
		return "", err
	}
	if pass == "" && !c.Bool("dev") {
		return "", fmt.Errorf("a keystore needs a passphrase: put it in a file and pass --passphrase-file FILE "+
			"(COOPHIVE_PASSPHRASE_FILE); an empty one is only for a dev chain (--dev, chain id %d or %d)", node.DevChainIDs[0], node.DevChainIDs[1])
	}
	return pass, nil
}
