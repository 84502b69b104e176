// Command liaison is the Liaison desktop app for protocol officers and,
// given a command, its command line (liaison help lists the commands).
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"liaison/assets"
	"liaison/internal/cli"
	_ "liaison/internal/locale" // before Fyne reads the locale; see its doc
	"liaison/internal/store"
	"liaison/internal/ui"
)

// appID names Liaison to the desktop; it is also where Fyne keeps the
// preferences. It must match FyneApp.toml.
const appID = "org.example.liaison"

func main() {
	os.Exit(run())
}

func run() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		go followHeap()
	}
	ctx := context.Background()
	g, args, err := cli.ParseGlobals(os.Args[1:], os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "liaison: "+err.Error())
		return 1
	}
	g = cli.MoveFromRoaming(ctx, g, store.RoamingPath(), os.Stderr, time.Now())
	if len(args) > 0 {
		defer useUTF8Console()()
		return cli.Run(ctx, g, args, os.Stdout, os.Stderr, time.Now)
	}

	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	return ui.Run(a, g.DBPath, ui.Options{Version: cli.Version, Screens: screens, DefaultDB: g.Default})
}
