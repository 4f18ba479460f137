"""sources/ — platform API clients: HTTP with rate limits and retries, paging, typed errors."""
