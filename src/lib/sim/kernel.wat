;; The hot loops of the spiking network (src/lib/sim/wasm-network.ts drives them), as WebAssembly
;; text. Compiled by `npm run build:wasm` (the wabt npm package) into kernel.wasm.ts, which
;; tests/unit/engine.test.ts checks is up to date.
;;
;; It does exactly the arithmetic of the TypeScript reference engine (src/lib/sim/network.ts), in
;; the same order, in double precision, so both give the same spikes bit for bit. What is faster:
;;  - the membrane update runs four cells at a time with 128-bit SIMD (two f64x2 halves) and no
;;    branches except where a cell spikes; refractory cells are masked, not skipped;
;;  - delivery and plasticity are plain loops without JavaScript's bounds checks;
;;  - the plastic weights are stored by postsynaptic cell, so the walk over an excitatory cell's
;;    incoming inhibitory synapses when it fires reads one contiguous run; inhibitory spikes reach
;;    their weights through an index instead (inhibitory delivery is the smaller share of the work);
;;  - the targets of the fixed synapses are 16-bit when the network has at most 65,536 cells,
;;    which halves the memory streamed per spike.
;;
;; Memory is the page's (imported); the wrapper lays out the arrays and sets the pointer globals.
;; All pointers are byte offsets. Units and meanings as in network.ts.
(module
  (import "env" "memory" (memory 1))

  ;; state
  (global $v (export "v") (mut i32) (i32.const 0))          ;; f64[n] membrane potential
  (global $gA (export "gA") (mut i32) (i32.const 0))        ;; f64[n] AMPA conductance (scaled)
  (global $gG (export "gG") (mut i32) (i32.const 0))        ;; f64[n] GABA conductance (scaled)
  (global $ref (export "ref") (mut i32) (i32.const 0))      ;; i32[n] step from which a cell integrates again
  (global $xPre (export "xPre") (mut i32) (i32.const 0))    ;; f64[nI] presynaptic traces (scaled)
  (global $xPost (export "xPost") (mut i32) (i32.const 0))  ;; f64[nE] postsynaptic traces (scaled)
  (global $spikes (export "spikes") (mut i32) (i32.const 0)) ;; i32[n] this step's spikes
  ;; connectivity: E -> all and I -> I fixed (targets u16 or i32, see $wide), I -> E plastic
  (global $eStart (export "eStart") (mut i32) (i32.const 0))   ;; i32[nE + 1]
  (global $eT (export "eT") (mut i32) (i32.const 0))           ;; targets
  (global $iiStart (export "iiStart") (mut i32) (i32.const 0)) ;; i32[nI + 1]
  (global $iiT (export "iiT") (mut i32) (i32.const 0))         ;; targets (absolute cell index)
  (global $ieStart (export "ieStart") (mut i32) (i32.const 0)) ;; i32[nI + 1], rows by presynaptic cell
  (global $ieT (export "ieT") (mut i32) (i32.const 0))         ;; i32 targets (excitatory index)
  (global $ieW (export "ieW") (mut i32) (i32.const 0))         ;; i32: where synapse m's weight is in $w
  (global $postStart (export "postStart") (mut i32) (i32.const 0)) ;; i32[nE + 1]
  (global $postPre (export "postPre") (mut i32) (i32.const 0))     ;; i32: presynaptic I index of each weight
  (global $w (export "w") (mut i32) (i32.const 0))                 ;; f64 weights, by postsynaptic cell
  ;; 1: fixed-synapse targets are i32; 0: u16
  (global $wide (export "wide") (mut i32) (i32.const 1))

  ;; sizes and constants
  (global $n (export "n") (mut i32) (i32.const 0))
  (global $nE (export "nE") (mut i32) (i32.const 0))
  (global $nI (export "nI") (mut i32) (i32.const 0))
  (global $refSteps (export "refSteps") (mut i32) (i32.const 0))
  (global $b (export "b") (mut f64) (f64.const 0))
  (global $EExc (export "EExc") (mut f64) (f64.const 0))
  (global $EInh (export "EInh") (mut f64) (f64.const 0))
  (global $vTh (export "vTh") (mut f64) (f64.const 0))
  (global $vReset (export "vReset") (mut f64) (f64.const 0))
  (global $wExc (export "wExc") (mut f64) (f64.const 0))
  (global $wII (export "wII") (mut f64) (f64.const 0))
  (global $wMax (export "wMax") (mut f64) (f64.const 0))

  ;; results
  (global $firedE (export "firedE") (mut i32) (i32.const 0))
  (global $wSum (export "wSum") (mut f64) (f64.const 0))
  (global $ce (export "ce") (mut f64) (f64.const 0))
  (global $ci (export "ci") (mut f64) (f64.const 0))

  ;; Euler update and threshold for cells from .. to - 1 (the reference's integrate()); appends
  ;; spikes after the first `count` and returns the new count.
  ;;   nv = v (b - ga - gg) + a + ga E_exc + gg E_inh,  ga = gA kA, gg = gG kG
  (func $integrate (param $from i32) (param $to i32) (param $count i32) (param $step i32)
    (param $kA f64) (param $kG f64) (param $a f64) (result i32)
    (local $i i32) (local $off i32) (local $bits i32) (local $k i32)
    (local $kA2 v128) (local $kG2 v128) (local $a2 v128) (local $b2 v128) (local $ex2 v128)
    (local $in2 v128) (local $th2 v128) (local $step4 v128)
    (local $act v128) (local $m v128) (local $vi v128) (local $ga v128) (local $gg v128) (local $nv v128)
    (local $vs f64) (local $gas f64) (local $ggs f64) (local $nvs f64)
    (local.set $kA2 (f64x2.splat (local.get $kA)))
    (local.set $kG2 (f64x2.splat (local.get $kG)))
    (local.set $a2 (f64x2.splat (local.get $a)))
    (local.set $b2 (f64x2.splat (global.get $b)))
    (local.set $ex2 (f64x2.splat (global.get $EExc)))
    (local.set $in2 (f64x2.splat (global.get $EInh)))
    (local.set $th2 (f64x2.splat (global.get $vTh)))
    (local.set $step4 (i32x4.splat (local.get $step)))
    (local.set $i (local.get $from))
    ;; four cells at a time
    (block $done4
      (loop $four
        (br_if $done4 (i32.gt_s (i32.add (local.get $i) (i32.const 4)) (local.get $to)))
        ;; -1 in the lanes of cells that are not refractory
        (local.set $act (i32x4.ge_s (local.get $step4)
          (v128.load align=4 (i32.add (global.get $ref) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $off (i32.shl (local.get $i) (i32.const 3)))
        ;; cells i, i + 1
        (local.set $vi (v128.load align=8 (i32.add (global.get $v) (local.get $off))))
        (local.set $ga (f64x2.mul (v128.load align=8 (i32.add (global.get $gA) (local.get $off))) (local.get $kA2)))
        (local.set $gg (f64x2.mul (v128.load align=8 (i32.add (global.get $gG) (local.get $off))) (local.get $kG2)))
        (local.set $nv
          (f64x2.add
            (f64x2.add
              (f64x2.add
                (f64x2.mul (local.get $vi) (f64x2.sub (f64x2.sub (local.get $b2) (local.get $ga)) (local.get $gg)))
                (local.get $a2))
              (f64x2.mul (local.get $ga) (local.get $ex2)))
            (f64x2.mul (local.get $gg) (local.get $in2))))
        (local.set $m (i64x2.extend_low_i32x4_s (local.get $act)))
        (local.set $nv (v128.bitselect (local.get $nv) (local.get $vi) (local.get $m)))
        (v128.store align=8 (i32.add (global.get $v) (local.get $off)) (local.get $nv))
        (local.set $bits (i64x2.bitmask (v128.and (f64x2.gt (local.get $nv) (local.get $th2)) (local.get $m))))
        ;; cells i + 2, i + 3
        (local.set $off (i32.add (local.get $off) (i32.const 16)))
        (local.set $vi (v128.load align=8 (i32.add (global.get $v) (local.get $off))))
        (local.set $ga (f64x2.mul (v128.load align=8 (i32.add (global.get $gA) (local.get $off))) (local.get $kA2)))
        (local.set $gg (f64x2.mul (v128.load align=8 (i32.add (global.get $gG) (local.get $off))) (local.get $kG2)))
        (local.set $nv
          (f64x2.add
            (f64x2.add
              (f64x2.add
                (f64x2.mul (local.get $vi) (f64x2.sub (f64x2.sub (local.get $b2) (local.get $ga)) (local.get $gg)))
                (local.get $a2))
              (f64x2.mul (local.get $ga) (local.get $ex2)))
            (f64x2.mul (local.get $gg) (local.get $in2))))
        (local.set $m (i64x2.extend_high_i32x4_s (local.get $act)))
        (local.set $nv (v128.bitselect (local.get $nv) (local.get $vi) (local.get $m)))
        (v128.store align=8 (i32.add (global.get $v) (local.get $off)) (local.get $nv))
        (local.set $bits (i32.or (local.get $bits)
          (i32.shl (i64x2.bitmask (v128.and (f64x2.gt (local.get $nv) (local.get $th2)) (local.get $m))) (i32.const 2))))
        ;; spikes, in index order
        (block $none
          (loop $each
            (br_if $none (i32.eqz (local.get $bits)))
            (local.set $k (i32.ctz (local.get $bits)))
            (i32.store (i32.add (global.get $spikes) (i32.shl (local.get $count) (i32.const 2)))
              (i32.add (local.get $i) (local.get $k)))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $each)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $four)))
    ;; the last few cells one by one
    (block $done
      (loop $one
        (br_if $done (i32.ge_s (local.get $i) (local.get $to)))
        (if (i32.ge_s (local.get $step) (i32.load (i32.add (global.get $ref) (i32.shl (local.get $i) (i32.const 2)))))
          (then
            (local.set $off (i32.shl (local.get $i) (i32.const 3)))
            (local.set $vs (f64.load (i32.add (global.get $v) (local.get $off))))
            (local.set $gas (f64.mul (f64.load (i32.add (global.get $gA) (local.get $off))) (local.get $kA)))
            (local.set $ggs (f64.mul (f64.load (i32.add (global.get $gG) (local.get $off))) (local.get $kG)))
            (local.set $nvs
              (f64.add
                (f64.add
                  (f64.add
                    (f64.mul (local.get $vs) (f64.sub (f64.sub (global.get $b) (local.get $gas)) (local.get $ggs)))
                    (local.get $a))
                  (f64.mul (local.get $gas) (global.get $EExc)))
                (f64.mul (local.get $ggs) (global.get $EInh))))
            (f64.store (i32.add (global.get $v) (local.get $off)) (local.get $nvs))
            (if (f64.gt (local.get $nvs) (global.get $vTh))
              (then
                (i32.store (i32.add (global.get $spikes) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $one)))
    (local.get $count))

  ;; g[target] += amount for fixed synapses m = from .. to - 1 of the target array at $base
  (func $deliver (param $g i32) (param $base i32) (param $from i32) (param $to i32) (param $amount f64)
    (local $m i32) (local $p i32)
    (local.set $m (local.get $from))
    (if (global.get $wide)
      (then
        (block $end
          (loop $l
            (br_if $end (i32.ge_s (local.get $m) (local.get $to)))
            (local.set $p (i32.add (local.get $g)
              (i32.shl (i32.load (i32.add (local.get $base) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 3))))
            (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $amount)))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))
            (br $l))))
      (else
        (block $end
          (loop $l
            (br_if $end (i32.ge_s (local.get $m) (local.get $to)))
            (local.set $p (i32.add (local.get $g)
              (i32.shl (i32.load16_u (i32.add (local.get $base) (i32.shl (local.get $m) (i32.const 1)))) (i32.const 3))))
            (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $amount)))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))
            (br $l))))))

  ;; Extra excitatory conductance along E -> any synapses from .. to - 1 (already scaled).
  (func (export "deliverExcitatory") (param $from i32) (param $to i32) (param $amount f64)
    (call $deliver (global.get $gA) (global.get $eT) (local.get $from) (local.get $to) (local.get $amount)))

  ;; One time step; returns the number of spikes (excitatory first, in index order). Cells dFrom ..
  ;; dTo - 1 get the drive aDrive instead of a. The factors are computed by the caller exactly as
  ;; the reference engine computes them.
  (func (export "step") (param $step i32) (param $kA f64) (param $kG f64) (param $a f64)
    (param $aDrive f64) (param $dFrom i32) (param $dTo i32)
    (param $upA f64) (param $upG f64) (param $upS f64) (param $downS f64) (param $eta f64) (param $alpha f64)
    (result i32)
    (local $count i32) (local $q i32) (local $i i32) (local $li i32) (local $m i32) (local $end i32)
    (local $j i32) (local $p i32) (local $firedE i32) (local $nE i32) (local $until i32)
    (local $addA f64) (local $addII f64) (local $old f64) (local $nw f64) (local $dw f64) (local $wMax f64)
    (local $xp f64)
    (local.set $nE (global.get $nE))
    (local.set $wMax (global.get $wMax))
    ;; 1, 2: integrate and threshold (a driven block in the middle keeps spikes in index order)
    (if (i32.lt_s (local.get $dFrom) (local.get $dTo))
      (then
        (local.set $count (call $integrate (i32.const 0) (local.get $dFrom) (i32.const 0) (local.get $step)
          (local.get $kA) (local.get $kG) (local.get $a)))
        (local.set $count (call $integrate (local.get $dFrom) (local.get $dTo) (local.get $count) (local.get $step)
          (local.get $kA) (local.get $kG) (local.get $aDrive)))
        (local.set $count (call $integrate (local.get $dTo) (global.get $n) (local.get $count) (local.get $step)
          (local.get $kA) (local.get $kG) (local.get $a))))
      (else
        (local.set $count (call $integrate (i32.const 0) (global.get $n) (i32.const 0) (local.get $step)
          (local.get $kA) (local.get $kG) (local.get $a)))))

    ;; 3. delivery, presynaptic side
    (local.set $addA (f64.mul (global.get $wExc) (local.get $upA)))
    (local.set $addII (f64.mul (global.get $wII) (local.get $upG)))
    (local.set $q (i32.const 0))
    (block $endq
      (loop $spike
        (br_if $endq (i32.ge_s (local.get $q) (local.get $count)))
        (local.set $i (i32.load (i32.add (global.get $spikes) (i32.shl (local.get $q) (i32.const 2)))))
        (if (i32.lt_s (local.get $i) (local.get $nE))
          (then
            (local.set $firedE (i32.add (local.get $firedE) (i32.const 1)))
            (local.set $p (i32.add (global.get $eStart) (i32.shl (local.get $i) (i32.const 2))))
            (call $deliver (global.get $gA) (global.get $eT) (i32.load (local.get $p))
              (i32.load offset=4 (local.get $p)) (local.get $addA)))
          (else
            (local.set $li (i32.sub (local.get $i) (local.get $nE)))
            (local.set $p (i32.add (global.get $iiStart) (i32.shl (local.get $li) (i32.const 2))))
            (call $deliver (global.get $gG) (global.get $iiT) (i32.load (local.get $p))
              (i32.load offset=4 (local.get $p)) (local.get $addII))
            (local.set $p (i32.add (global.get $xPre) (i32.shl (local.get $li) (i32.const 3))))
            (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $upS)))
            (local.set $p (i32.add (global.get $ieStart) (i32.shl (local.get $li) (i32.const 2))))
            (local.set $m (i32.load (local.get $p)))
            (local.set $end (i32.load offset=4 (local.get $p)))
            (if (f64.ne (local.get $eta) (f64.const 0))
              (then
                (local.set $dw (f64.const 0))
                (block $e1
                  (loop $l1
                    (br_if $e1 (i32.ge_s (local.get $m) (local.get $end)))
                    (local.set $j (i32.load (i32.add (global.get $ieT) (i32.shl (local.get $m) (i32.const 2)))))
                    (local.set $p (i32.add (global.get $w)
                      (i32.shl (i32.load (i32.add (global.get $ieW) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 3))))
                    (local.set $old (f64.load (local.get $p)))
                    ;; nw = old + eta (xPost[j] downS - alpha), clipped to [0, wMax]
                    (local.set $nw (f64.add (local.get $old) (f64.mul (local.get $eta)
                      (f64.sub (f64.mul (f64.load (i32.add (global.get $xPost) (i32.shl (local.get $j) (i32.const 3))))
                        (local.get $downS)) (local.get $alpha)))))
                    (if (f64.lt (local.get $nw) (f64.const 0))
                      (then (local.set $nw (f64.const 0)))
                      (else (if (f64.gt (local.get $nw) (local.get $wMax)) (then (local.set $nw (local.get $wMax))))))
                    (f64.store (local.get $p) (local.get $nw))
                    (local.set $dw (f64.add (local.get $dw) (f64.sub (local.get $nw) (local.get $old))))
                    (local.set $p (i32.add (global.get $gG) (i32.shl (local.get $j) (i32.const 3))))
                    (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (f64.mul (local.get $nw) (local.get $upG))))
                    (local.set $m (i32.add (local.get $m) (i32.const 1)))
                    (br $l1)))
                (global.set $wSum (f64.add (global.get $wSum) (local.get $dw))))
              (else
                (block $e2
                  (loop $l2
                    (br_if $e2 (i32.ge_s (local.get $m) (local.get $end)))
                    (local.set $j (i32.load (i32.add (global.get $ieT) (i32.shl (local.get $m) (i32.const 2)))))
                    (local.set $nw (f64.load (i32.add (global.get $w)
                      (i32.shl (i32.load (i32.add (global.get $ieW) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 3)))))
                    (local.set $p (i32.add (global.get $gG) (i32.shl (local.get $j) (i32.const 3))))
                    (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (f64.mul (local.get $nw) (local.get $upG))))
                    (local.set $m (i32.add (local.get $m) (i32.const 1)))
                    (br $l2)))))))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $spike)))

    ;; postsynaptic side of the rule: each excitatory spike walks its incoming weights (contiguous)
    (local.set $q (i32.const 0))
    (block $endp
      (loop $post
        (br_if $endp (i32.ge_s (local.get $q) (local.get $firedE)))
        (local.set $j (i32.load (i32.add (global.get $spikes) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $p (i32.add (global.get $xPost) (i32.shl (local.get $j) (i32.const 3))))
        (f64.store (local.get $p) (f64.add (f64.load (local.get $p)) (local.get $upS)))
        (if (f64.ne (local.get $eta) (f64.const 0))
          (then
            (local.set $p (i32.add (global.get $postStart) (i32.shl (local.get $j) (i32.const 2))))
            (local.set $m (i32.load (local.get $p)))
            (local.set $end (i32.load offset=4 (local.get $p)))
            (local.set $dw (f64.const 0))
            (block $e3
              (loop $l3
                (br_if $e3 (i32.ge_s (local.get $m) (local.get $end)))
                (local.set $p (i32.add (global.get $w) (i32.shl (local.get $m) (i32.const 3))))
                (local.set $old (f64.load (local.get $p)))
                ;; nw = old + eta xPre[pre] downS, capped at wMax
                (local.set $xp (f64.load (i32.add (global.get $xPre)
                  (i32.shl (i32.load (i32.add (global.get $postPre) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 3)))))
                (local.set $nw (f64.add (local.get $old) (f64.mul (f64.mul (local.get $eta) (local.get $xp)) (local.get $downS))))
                (if (f64.gt (local.get $nw) (local.get $wMax)) (then (local.set $nw (local.get $wMax))))
                (f64.store (local.get $p) (local.get $nw))
                (local.set $dw (f64.add (local.get $dw) (f64.sub (local.get $nw) (local.get $old))))
                (local.set $m (i32.add (local.get $m) (i32.const 1)))
                (br $l3)))
            (global.set $wSum (f64.add (global.get $wSum) (local.get $dw)))))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $post)))

    ;; 4. reset
    (local.set $until (i32.add (local.get $step) (global.get $refSteps)))
    (local.set $q (i32.const 0))
    (block $endr
      (loop $reset
        (br_if $endr (i32.ge_s (local.get $q) (local.get $count)))
        (local.set $i (i32.load (i32.add (global.get $spikes) (i32.shl (local.get $q) (i32.const 2)))))
        (f64.store (i32.add (global.get $v) (i32.shl (local.get $i) (i32.const 3))) (global.get $vReset))
        (i32.store (i32.add (global.get $ref) (i32.shl (local.get $i) (i32.const 2))) (local.get $until))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $reset)))
    (global.set $firedE (local.get $firedE))
    (local.get $count))

  ;; x[k] *= f for k < len
  (func $scale (param $x i32) (param $len i32) (param $f f64)
    (local $p i32) (local $end i32)
    (local.set $p (local.get $x))
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))
    (block $e
      (loop $l
        (br_if $e (i32.ge_u (local.get $p) (local.get $end)))
        (f64.store (local.get $p) (f64.mul (f64.load (local.get $p)) (local.get $f)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $l))))

  ;; Bring the scaled conductances and traces back to scale (the reference's rebase()).
  (func (export "rebase") (param $fA f64) (param $fG f64) (param $fS f64)
    (call $scale (global.get $gA) (global.get $n) (local.get $fA))
    (call $scale (global.get $gG) (global.get $n) (local.get $fG))
    (call $scale (global.get $xPre) (global.get $nI) (local.get $fS))
    (call $scale (global.get $xPost) (global.get $nE) (local.get $fS)))

  ;; Sums over excitatory cells of gA (E_exc - v) and gG (v - E_inh), scaled values, into $ce, $ci.
  (func (export "currents")
    (local $j i32) (local $off i32) (local $vj f64) (local $ce f64) (local $ci f64)
    (block $e
      (loop $l
        (br_if $e (i32.ge_s (local.get $j) (global.get $nE)))
        (local.set $off (i32.shl (local.get $j) (i32.const 3)))
        (local.set $vj (f64.load (i32.add (global.get $v) (local.get $off))))
        (local.set $ce (f64.add (local.get $ce)
          (f64.mul (f64.load (i32.add (global.get $gA) (local.get $off))) (f64.sub (global.get $EExc) (local.get $vj)))))
        (local.set $ci (f64.add (local.get $ci)
          (f64.mul (f64.load (i32.add (global.get $gG) (local.get $off))) (f64.sub (local.get $vj) (global.get $EInh)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $l)))
    (global.set $ce (local.get $ce))
    (global.set $ci (local.get $ci)))
)
