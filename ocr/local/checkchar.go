package local

// checkChar computes the ID number's 18th character from the first 17
// digits by ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, and the remainder
// picks from "10X98765432". It returns 0 when body is not 17 digits.
func checkChar(body string) byte {
	if len(body) != 17 {
		return 0
	}
	sum := 0
	for i := range 17 {
		c := body[i]
		if c < '0' || c > '9' {
			return 0
		}
		// Doubling the running sum gives each digit its power of two.
		sum = (sum + int(c-'0')) * 2 % 11
	}
	return "10X98765432"[sum]
}

// validNumber reports whether n is 17 digits and the right check char.
func validNumber(n string) bool {
	return len(n) == 18 && checkChar(n[:17]) == n[17]
}
