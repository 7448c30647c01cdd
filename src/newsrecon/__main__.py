from newsrecon.cli import main

main()
