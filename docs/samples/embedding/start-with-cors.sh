EVIDENT_CORS_ORIGINS=https://intranet.example.com pnpm start
