pnpm build:demo   # the demo page's script
pnpm start        # http://127.0.0.1:8787: the demo intranet page and the API
