/*
 * OpenCV's BLAS and LAPACK calls, answered by NumPy's OpenBLAS.
 *
 * The opencv-python wheels carry their own OpenBLAS (39 MB, with its own libgfortran) for the 19
 * routines below; NumPy's wheel carries another OpenBLAS (the 64-bit integer "ILP64" build, with
 * prefixed names). Both are loaded in the app, so this small library takes the place of OpenCV's
 * copy: same file name, same entry points, each converting the 32-bit integers OpenCV passes to
 * the 64-bit ones NumPy's build takes, and integer arrays (pivots, work space) back again.
 *
 * Built by installer/slim.py at bundle time:
 *   cc -shared -fPIC -DILP64_PREFIX=scipy_ -DILP64_SUFFIX=64_ blas_shim.c NUMPY_OPENBLAS.so
 */
#include <stdint.h>
#include <stdlib.h>

#ifndef ILP64_PREFIX
#error "define ILP64_PREFIX and ILP64_SUFFIX (the name decoration of NumPy's OpenBLAS)"
#endif

#define CAT3(a, b, c) a##b##c
#define JOIN3(a, b, c) CAT3(a, b, c)
#define ILP(name) JOIN3(ILP64_PREFIX, name, ILP64_SUFFIX)

typedef int64_t big;
typedef size_t flen; /* gfortran's hidden length of a CHARACTER argument */

/* ---- CBLAS: the enums stay int, the sizes widen ---- */

#define GEMM(letter, scalar, alpha_t)                                                          \
    void ILP(cblas_##letter##gemm)(int, int, int, big, big, big, alpha_t, const scalar *, big,  \
                                   const scalar *, big, alpha_t, scalar *, big);              \
    void cblas_##letter##gemm(int order, int ta, int tb, int m, int n, int k, alpha_t alpha,   \
                              const scalar *a, int lda, const scalar *b, int ldb,              \
                              alpha_t beta, scalar *c, int ldc) {                              \
        ILP(cblas_##letter##gemm)(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c,     \
                                  ldc);                                                        \
    }

GEMM(s, float, float)
GEMM(d, double, double)
GEMM(c, void, const void *)
GEMM(z, void, const void *)

/* ---- LAPACK (Fortran calling convention: everything by reference) ---- */

/* A 64-bit copy of an int array of n entries, or NULL when memory ran out. */
static big *widen(const int *from, big n) {
    big *to = malloc((size_t)(n > 0 ? n : 1) * sizeof(big));
    if (to != NULL && from != NULL) {
        for (big i = 0; i < n; i++) to[i] = from[i];
    }
    return to;
}

static void narrow(int *to, const big *from, big n) {
    for (big i = 0; i < n; i++) to[i] = (int)from[i];
}

#define MIN(a, b) ((a) < (b) ? (a) : (b))

#define GESV(p, T)                                                                             \
    void ILP(p##gesv_)(const big *, const big *, T *, const big *, big *, T *, const big *,   \
                       big *);                                                                 \
    void p##gesv_(const int *n, const int *nrhs, T *a, const int *lda, int *ipiv, T *b,       \
                  const int *ldb, int *info) {                                                 \
        big N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, INFO = 0;                            \
        big *piv = widen(NULL, N);                                                             \
        if (piv == NULL) { *info = -5; return; }                                               \
        ILP(p##gesv_)(&N, &NRHS, a, &LDA, piv, b, &LDB, &INFO);                                \
        narrow(ipiv, piv, N);                                                                  \
        free(piv);                                                                             \
        *info = (int)INFO;                                                                     \
    }

#define GETRF(p, T)                                                                            \
    void ILP(p##getrf_)(const big *, const big *, T *, const big *, big *, big *);            \
    void p##getrf_(const int *m, const int *n, T *a, const int *lda, int *ipiv, int *info) {  \
        big M = *m, N = *n, LDA = *lda, INFO = 0, K = MIN(*m, *n);                             \
        big *piv = widen(NULL, K);                                                             \
        if (piv == NULL) { *info = -5; return; }                                               \
        ILP(p##getrf_)(&M, &N, a, &LDA, piv, &INFO);                                           \
        narrow(ipiv, piv, K);                                                                  \
        free(piv);                                                                             \
        *info = (int)INFO;                                                                     \
    }

#define GELS(p, T)                                                                             \
    void ILP(p##gels_)(const char *, const big *, const big *, const big *, T *, const big *, \
                       T *, const big *, T *, const big *, big *, flen);                       \
    void p##gels_(const char *trans, const int *m, const int *n, const int *nrhs, T *a,       \
                  const int *lda, T *b, const int *ldb, T *work, const int *lwork,             \
                  int *info) {                                                                 \
        big M = *m, N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, LWORK = *lwork, INFO = 0;    \
        ILP(p##gels_)(trans, &M, &N, &NRHS, a, &LDA, b, &LDB, work, &LWORK, &INFO, 1);         \
        *info = (int)INFO;                                                                     \
    }

#define GEQRF(p, T)                                                                            \
    void ILP(p##geqrf_)(const big *, const big *, T *, const big *, T *, T *, const big *,    \
                        big *);                                                                \
    void p##geqrf_(const int *m, const int *n, T *a, const int *lda, T *tau, T *work,         \
                   const int *lwork, int *info) {                                              \
        big M = *m, N = *n, LDA = *lda, LWORK = *lwork, INFO = 0;                              \
        ILP(p##geqrf_)(&M, &N, a, &LDA, tau, work, &LWORK, &INFO);                             \
        *info = (int)INFO;                                                                     \
    }

#define GESDD(p, T)                                                                            \
    void ILP(p##gesdd_)(const char *, const big *, const big *, T *, const big *, T *, T *,   \
                        const big *, T *, const big *, T *, const big *, big *, big *, flen);  \
    void p##gesdd_(const char *jobz, const int *m, const int *n, T *a, const int *lda, T *s,  \
                   T *u, const int *ldu, T *vt, const int *ldvt, T *work, const int *lwork,    \
                   int *iwork, int *info) {                                                    \
        big M = *m, N = *n, LDA = *lda, LDU = *ldu, LDVT = *ldvt, LWORK = *lwork, INFO = 0;    \
        big *iw = widen(NULL, 8 * MIN(M, N));                                                  \
        (void)iwork; /* work space only: nothing to give back */                               \
        if (iw == NULL) { *info = -13; return; }                                               \
        ILP(p##gesdd_)(jobz, &M, &N, a, &LDA, s, u, &LDU, vt, &LDVT, work, &LWORK, iw, &INFO,  \
                       1);                                                                     \
        free(iw);                                                                              \
        *info = (int)INFO;                                                                     \
    }

#define POSV(p, T)                                                                             \
    void ILP(p##posv_)(const char *, const big *, const big *, T *, const big *, T *,         \
                       const big *, big *, flen);                                              \
    void p##posv_(const char *uplo, const int *n, const int *nrhs, T *a, const int *lda, T *b, \
                  const int *ldb, int *info) {                                                 \
        big N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, INFO = 0;                            \
        ILP(p##posv_)(uplo, &N, &NRHS, a, &LDA, b, &LDB, &INFO, 1);                            \
        *info = (int)INFO;                                                                     \
    }

#define POTRF(p, T)                                                                            \
    void ILP(p##potrf_)(const char *, const big *, T *, const big *, big *, flen);            \
    void p##potrf_(const char *uplo, const int *n, T *a, const int *lda, int *info) {         \
        big N = *n, LDA = *lda, INFO = 0;                                                      \
        ILP(p##potrf_)(uplo, &N, a, &LDA, &INFO, 1);                                           \
        *info = (int)INFO;                                                                     \
    }

GESV(s, float)
GESV(d, double)
GETRF(s, float)
GETRF(d, double)
GELS(s, float)
GELS(d, double)
GEQRF(s, float)
GEQRF(d, double)
GESDD(s, float)
GESDD(d, double)
POSV(s, float)
POSV(d, double)
POTRF(s, float)
POTRF(d, double)

void ILP(dgeev_)(const char *, const char *, const big *, double *, const big *, double *,
                 double *, double *, const big *, double *, const big *, double *, const big *,
                 big *, flen, flen);
void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a, const int *lda,
            double *wr, double *wi, double *vl, const int *ldvl, double *vr, const int *ldvr,
            double *work, const int *lwork, int *info) {
    big N = *n, LDA = *lda, LDVL = *ldvl, LDVR = *ldvr, LWORK = *lwork, INFO = 0;
    ILP(dgeev_)(jobvl, jobvr, &N, a, &LDA, wr, wi, vl, &LDVL, vr, &LDVR, work, &LWORK, &INFO, 1,
                1);
    *info = (int)INFO;
}
