package segnatura

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"
)

const (
	keyFile  = "seal.key"
	certFile = "seal.crt"
)

// LoadOrCreateSeal reads seal.key and seal.crt (PEM) from dir; when both are missing it makes a
// self-signed pair (CN = commonName, O = organization, valid 10 years from now), writes them with
// mode 0600/0644 and returns it. A real administration replaces the two files with its own seal.
// One file present without the other is an error that says which is missing.
func LoadOrCreateSeal(dir, commonName, organization string, now time.Time) (Seal, error) {
	keyPath, certPath := filepath.Join(dir, keyFile), filepath.Join(dir, certFile)
	haveKey, err := exists(keyPath)
	if err != nil {
		return Seal{}, err
	}
	haveCert, err := exists(certPath)
	if err != nil {
		return Seal{}, err
	}
	switch {
	case haveKey && haveCert:
		return loadSeal(keyPath, certPath)
	case haveKey:
		// Making a new certificate here would silently orphan the old key, or
		// overwrite an administration's real seal it was about to install.
		return Seal{}, fmt.Errorf("seal certificate %s is missing (the key %s is there): restore it, or remove both to create a new seal", certPath, keyPath)
	case haveCert:
		return Seal{}, fmt.Errorf("seal key %s is missing (the certificate %s is there): restore it, or remove both to create a new seal", keyPath, certPath)
	}
	return createSeal(dir, keyPath, certPath, commonName, organization, now)
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

func loadSeal(keyPath, certPath string) (Seal, error) {
	keyBlock, err := readPEM(keyPath)
	if err != nil {
		return Seal{}, err
	}
	var key any
	switch keyBlock.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(keyBlock.Bytes)
	case "RSA PRIVATE KEY": // what older tools (openssl genrsa) write
		key, err = x509.ParsePKCS1PrivateKey(keyBlock.Bytes)
	default:
		return Seal{}, fmt.Errorf("%s: unexpected PEM block %q, want PRIVATE KEY", keyPath, keyBlock.Type)
	}
	if err != nil {
		return Seal{}, fmt.Errorf("%s: %w", keyPath, err)
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return Seal{}, fmt.Errorf("%s: the key cannot sign", keyPath)
	}

	certBlock, err := readPEM(certPath)
	if err != nil {
		return Seal{}, err
	}
	if certBlock.Type != "CERTIFICATE" {
		return Seal{}, fmt.Errorf("%s: unexpected PEM block %q, want CERTIFICATE", certPath, certBlock.Type)
	}
	cert, err := x509.ParseCertificate(certBlock.Bytes)
	if err != nil {
		return Seal{}, fmt.Errorf("%s: %w", certPath, err)
	}

	seal := Seal{Key: signer, Certificate: cert}
	if err := seal.check(); err != nil {
		return Seal{}, fmt.Errorf("%s and %s: %w", keyPath, certPath, err)
	}
	return seal, nil
}

// readPEM returns the first PEM block of path; a certificate file may go on with
// the issuing chain, which the segnatura does not carry.
func readPEM(path string) (*pem.Block, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("%s: no PEM data", path)
	}
	return block, nil
}

func createSeal(dir, keyPath, certPath, commonName, organization string, now time.Time) (Seal, error) {
	key, err := rsa.GenerateKey(rand.Reader, 3072)
	if err != nil {
		return Seal{}, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return Seal{}, err
	}
	subject := pkix.Name{CommonName: commonName}
	if organization != "" {
		subject.Organization = []string{organization}
	}
	template := &x509.Certificate{
		SerialNumber: serial,
		Subject:      subject,
		NotBefore:    now,
		NotAfter:     now.AddDate(10, 0, 0),
		// An electronic seal vouches for the content, hence non-repudiation too.
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
	if err != nil {
		return Seal{}, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return Seal{}, err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return Seal{}, err
	}

	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Seal{}, err
	}
	if err := writeNew(keyPath, &pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}, 0o600); err != nil {
		return Seal{}, err
	}
	if err := writeNew(certPath, &pem.Block{Type: "CERTIFICATE", Bytes: der}, 0o644); err != nil {
		// A key alone would make every later call fail as "certificate missing".
		os.Remove(keyPath)
		return Seal{}, err
	}
	return Seal{Key: key, Certificate: cert}, nil
}

// writeNew refuses to overwrite, so that two processes starting together cannot
// replace each other's seal, and sets perm exactly, whatever the umask.
func writeNew(path string, block *pem.Block, perm fs.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	err = f.Chmod(perm)
	if err == nil {
		err = pem.Encode(f, block)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
